import { claimsOf } from './support';

/**
 * Fighters named only as the other side ("the attackers", "في صفوفهم", "منهم" after a verb of
 * killing) belong to the side fought, not to the side that speaks or fights.
 */
describe('fighters named only as the enemy', () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => ({ outcome: c.outcome, victims: c.victims, min: c.count.min }));

  it('"في صفوفهم" after a side attacked: the attackers are counted', () => {
    const claims = read('ar', 'صدت وحدات من الجيش العربي السوري هجوماً لتنظيم داعش قرب بلدة السخنة وأوقعت 12 قتيلاً في صفوفهم، بحسب مصدر عسكري.');
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'isis' }, min: 12 });
  });

  it('"من المهاجمين" in a side\'s statement: the side named before, not the speaker', () => {
    const claims = read(
      'ar',
      'شنت فصائل الجيش الوطني السوري هجوماً على قرية قرب منبج فجر اليوم. وقال مجلس منبج العسكري إن مقاتليه قتلوا ستة من المهاجمين.',
    );
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'sna' }, min: 6 });
  });

  it('"منهم" after a verb of killing done by the subject', () => {
    const claims = read('ar', 'تصدى الجيش العربي السوري لهجوم شنه إرهابيو جبهة النصرة على نقاطه في ريف حماة وقضى على 15 منهم.');
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'hts' }, min: 15 });
  });

  it('"منهم" of people counted before is no enemy', () => {
    const claims = read('ar', 'قُتل عشرة مدنيين بقصف لقوات النظام على بلدة كفرنبل، وأصيب ثلاثة منهم بجروح.');
    expect(claims.every((c) => c.victims.kind !== 'combatants')).toBe(true);
  });

  it('"the attackers" after the losses of the side that fought them', () => {
    const claims = read(
      'en',
      'Two Syrian Democratic Forces fighters were killed when Islamic State gunmen attacked a checkpoint near Hajin. The SDF said its fighters killed three of the attackers.',
    );
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'sdf' }, min: 2 });
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'isis' }, min: 3 });
  });

  it('a Turkey-backed faction under the name its enemies give it', () => {
    const claims = read('ar', 'أعلنت قوات سوريا الديمقراطية أن مقاتليها قتلوا 8 من مرتزقة الاحتلال التركي قرب بلدة عين عيسى.');
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'sna' }, min: 8 });
  });

  // Each passage, the side the fighters counted (killed, N of them) belong to.
  it.each([
    ['"killing N of them": the victims named just before', 'Gunmen ambushed a bus carrying Syrian army soldiers near Palmyra on Monday, killing nine of them, state media said.', 9, 'regime_forces'],
    ['"killing N of them" after "fighters of the SDF"', 'A drone struck a car carrying three fighters of the SDF near Qamishli, killing two of them, a monitor said.', 2, 'sdf'],
    ['the side struck is no attacker', 'Coalition air strikes on Islamic State positions near Raqqa killed at least 10 jihadists, the monitor said.', 10, 'isis'],
    ['"Kurdish fighters" are the SDF\'s', 'Nine Kurdish fighters were killed in clashes near Tal Tamr on Monday, the monitor said.', 9, 'sdf'],
    ['"their own fighters" are the subject\'s, not the side named last', 'The SDF said it had killed 20 Islamic State militants near Hajin, while four of its own fighters were killed.', 4, 'sdf'],
    ['a state speaks for its forces', 'Turkey said two of its soldiers were killed by shelling near Saraqeb on Monday.', 2, 'turkish_forces'],
  ])('%s', (_, body, min, affiliation) => {
    expect(read('en', body)).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation }, min });
  });

  it('"عناصر" no sentence names a side for are of the side whose fighters were counted last', () => {
    const claims = read('ar', 'قُتل ثلاثة عناصر من قوات النظام بانفجار لغم قرب تدمر. وفي هجوم آخر على حاجز قرب السخنة، قُتل عنصران وأصيب ثالث.');
    expect(claims).toContainEqual({ outcome: 'killed', victims: { kind: 'combatants', affiliation: 'regime_forces' }, min: 2 });
  });

  it('fighters named only by what the other side calls them get no side guessed, unless one is named for them', () => {
    expect(read('ar', 'وأكد مصدر عسكري أن وحدات الجيش العربي السوري أوقعت عشرات القتلى في صفوف المسلحين قرب بلدة بصر الحرير.')).toContainEqual({
      outcome: 'killed',
      victims: { kind: 'combatants' },
      min: 20,
    });
    expect(read('ar', 'وقضت وحدات من الجيش العربي السوري على 20 إرهابياً من تنظيم داعش قرب بلدة السخنة.')).toContainEqual({
      outcome: 'killed',
      victims: { kind: 'combatants', affiliation: 'isis' },
      min: 20,
    });
  });
});

describe('whose fighters, named after them', () => {
  it('"two of its fighters were killed … when the YPG attacked": the side named after a verb is the attacker', () => {
    const claims = claimsOf('en', 'The Syrian National Army said two of its fighters were killed and three wounded when the YPG attacked positions near Marea.').map(
      (c) => `${c.outcome} ${c.victims.affiliation}`,
    );
    expect(claims).toEqual(['killed sna', 'injured sna']);
  });
});
