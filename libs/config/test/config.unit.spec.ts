import { ConfigError, loadConfig } from '../src';

describe('configuration from the environment', () => {
  it('runs on the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ DATA_DIR: './data', PORT: 3000, KAFKA_BROKERS: [], GAZETTEER_FILES: [] });
    expect(config.EVENTSTORE_URL).toBeUndefined();
  });

  it('reads lists and numbers', () => {
    const config = loadConfig({ PORT: '8080', KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093' });
    expect(config.PORT).toBe(8080);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
  });

  it.each([
    ['PORT', 'eighty'],
    ['EVENTSTORE_URL', 'http://localhost:2113'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
  ])('stops on a bad %s and names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name}:`));
  });
});
