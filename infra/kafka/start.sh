#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker (KRaft, broker + controller) on 127.0.0.1:9092, in the
# background, from Maven Central artifacts resolved into the local Maven cache. Idempotent: a
# broker already answering is left alone. Waits until the broker answers, then returns.
#   KAFKA_DIR   where the storage, config and log live (default: .kafka in the project root)
#   KAFKA_PORT  broker port (default 9092); the controller listens on KAFKA_PORT+1
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${KAFKA_DIR:-$root/.kafka}"
port="${KAFKA_PORT:-9092}"
controller=$((port + 1))
mkdir -p "$dir"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if answers "$port"; then
  echo "kafka: already answering on 127.0.0.1:$port"
  exit 0
fi

command -v java >/dev/null || { echo "kafka: java is not installed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "kafka: mvn is not installed" >&2; exit 1; }

classpath_file="$dir/classpath.txt"
if [ ! -s "$classpath_file" ] || [ "$here/pom.xml" -nt "$classpath_file" ]; then
  echo "kafka: resolving org.apache.kafka:kafka_2.13 with Maven (first run downloads ~40 MB)"
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file"
fi
cp="$(cat "$classpath_file")"

cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=2
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.backoff.ms=1000
PROPS

java_opts=(-Xms256m -Xmx768m -XX:+UseG1GC -Dlog4j2.configurationFile="$here/log4j2.xml" -Djava.awt.headless=true)
if [ ! -f "$dir/data/meta.properties" ]; then
  cluster_id="$(java -cp "$cp" "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
  java -cp "$cp" "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >/dev/null
fi

nohup java -cp "$cp" "${java_opts[@]}" kafka.Kafka "$dir/server.properties" >"$dir/kafka.log" 2>&1 &
echo $! >"$dir/kafka.pid"

for _ in $(seq 1 120); do
  if answers "$port" && grep -q "Kafka Server started\|KafkaRaftServer.*started\|Transitioning from RECOVERY to RUNNING\|BrokerServer.*started" "$dir/kafka.log" 2>/dev/null; then
    echo "kafka: broker on 127.0.0.1:$port (pid $(cat "$dir/kafka.pid"), log $dir/kafka.log)"
    exit 0
  fi
  if ! kill -0 "$(cat "$dir/kafka.pid")" 2>/dev/null; then
    echo "kafka: the broker exited; its log:" >&2
    tail -40 "$dir/kafka.log" >&2
    exit 1
  fi
  sleep 1
done
echo "kafka: no answer on 127.0.0.1:$port after 120 s" >&2
tail -40 "$dir/kafka.log" >&2
exit 1
