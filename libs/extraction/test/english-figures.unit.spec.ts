import { claimsOf } from './support';

/** English ways of counting casualties beyond a number and its noun. */
describe('English figures', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}${c.subsetOf !== undefined ? ' (part)' : ''}`);

  it('"between 20 and 30 people", "between 60 and 90 bodies": a range, about, with both bounds', () => {
    const counts = (body: string) => claimsOf('en', body).map((c) => c.count);
    expect(counts('Government shelling killed between 20 and 30 people in Kafr Nabudah, activists said.')).toEqual([{ qualifier: 'about', min: 20, max: 30 }]);
    expect(counts('Activists said they found between 60 and 90 bodies in Kafr Zeita.')).toEqual([{ qualifier: 'about', min: 60, max: 90 }]);
    // (Years are no range of people: "between 2011 and 2013" is a count over years, no claim at all.)
    expect(counts('Clashes between 2011 and 2013 in Homs killed 30 people, activists said.')).toEqual([]);
  });

  it('"It said 72 of them died on Monday when hundreds of gunmen stormed…, and that 20 more…": a part of the toll, of its victims; the gunmen are not counted dead', () => {
    const claims = claimsOf('en', 'Syrian state television says more than 90 members of the security forces have been killed in Jisr al-Shughour. It said 72 of them died on Monday when hundreds of gunmen stormed the town\'s security headquarters, and that 20 more had been killed in an ambush on Sunday.', '2011-06-06T20:00:00Z');
    expect(claims.map((c) => `${c.count.min} ${c.victims.affiliation ?? c.victims.kind}${c.subsetOf ? ' (part)' : ''}`).slice(0, 2)).toEqual(['91 regime_forces', '72 regime_forces (part)']);
    expect(claims.some((c) => c.count.min === 200)).toBe(false);
  });

  it('"27 of them died" with no toll of theirs before is part of nothing', () => {
    expect(claimsOf('en', 'Prosecutors said at least 4,000 people were tortured at the detention centre and that 27 of them died as a result of the abuse.')).toEqual([]);
  });

  it.each([
    ['"wounded several others" after soldiers: of the soldiers\' side', 'Gunmen killed two soldiers and wounded several others near Morek, state media said.', ['killed combatants 2', 'injured combatants null']],
    ['a commander and his driver: two fighters of his side', 'A commander of the Syrian Democratic Forces (SDF) and his driver were killed near Kobani, local officials said.', ['killed combatants 2']],
    ['a man and his driver stay civilians', 'A man and his driver were killed when a shell hit their car in Ariha, activists said.', ['killed civilians 2']],
    ['"a civilian woman": the noun after the adjective', 'The shelling wounded a civilian woman in Douma, activists said.', ['injured women 1']],
    ['"several members of a Kurdish family" are civilians', 'Gunmen abducted several members of a Kurdish family in Afrin, activists said.', ['captured civilians null']],
    ['people brought to hospital with symptoms are injured', 'Medics said more than 500 people, most of them women and children, had been brought to medical centres with symptoms of exposure.', ['injured unspecified 501']],
    ['a hospital\'s patients may be anyone', 'MSF said hospitals it supports treated about 3,600 patients displaying neurotoxic symptoms.', ['injured unspecified 3600']],
    ['"a handful of" is an unknown number', 'A handful of civilians were wounded in the shelling of Douma, activists said.', ['injured civilians null']],
    ['"were also among those who died": a part of the toll before', 'At least 70 people were killed in Khan Sheikhoun on Tuesday. 17 women were also among those who died, the directorate said.', ['killed unspecified 70', 'killed women 17 (part)']],
    ['"the execution of 12 men"', 'The Islamic State group released a video purporting to show the execution of 12 men in Palmyra.', ['killed men 12']],
    ['"a senior Hezbollah operative": a side\'s name before its member', 'Two security sources told Reuters that a senior Hezbollah operative was killed in the strike near Damascus.', ['killed combatants 1']],
    ['"including a local commander" among fighters: no count of its own', 'Seven rebel fighters were killed in the clashes near Idlib, including a local commander, activists said.', ['killed combatants 7']],
    ['a part of one, with its article', 'Two civilians, one of them a child, were killed in the shelling, a local activist said.', ['killed civilians 2', 'killed children 1 (part)']],
    ['a part of one after the verb', 'Three people were wounded, one of them a woman, medics said.', ['injured unspecified 3', 'injured women 1 (part)']],
    ['people treated for symptoms are injured', 'Medics said nearly 400 people had been treated for symptoms of exposure to a nerve agent.', ['injured unspecified 400']],
    ['people taken to hospital are injured', 'Twelve people were hospitalised after the blast, the health directorate said.', ['injured unspecified 12']],
    ['"raising the death toll to four": a risen toll, of whom the same speaker counted before', 'SANA said three civilians were killed by shells in Aleppo on Tuesday. It later said one of the injured had died, raising the death toll to four.', ['killed civilians 3', 'killed civilians 4']],
    ['"the funerals of 11 army and security personnel": the dead, two words of kind before one noun', 'SANA said the funerals of 11 army and security personnel were held at a military hospital in Damascus.', ['killed combatants 11']],
    ['"75 police and security personnel": police are fighters', 'State television said 75 police and security personnel had been wounded in Deraa.', ['injured combatants 75']],
    ['"raised to 76 the number of people killed": the toll\'s noun after its number', 'The monitor also raised to 31 the number of people killed in the raids on Douma, among them nine children.', ['killed unspecified 31', 'killed children 9 (part)']],
    ['"the dead also included four children": a part, an adverb before its verb', 'Air strikes killed at least 25 civilians in Aleppo on Thursday, the monitor said. It said the dead also included four children.', ['killed civilians 25', 'killed children 4 (part)']],
    ['a toll risen by a time', 'The Syrian Civil Defense said the death toll climbed to 32 by nightfall.', ['killed unspecified 32']],
    ['a toll risen as rescuers dug', 'The group said the toll rose to 40 as rescuers pulled more bodies from the rubble.', ['killed unspecified 40']],
    ['parts listed with commas, "a" counting one', 'Shelling of a hospital in Afrin killed 13 people, including two medical staff, a woman and a child, a war monitor said.', ['killed unspecified 13', 'killed civilians 2 (part)', 'killed women 1 (part)', 'killed children 1 (part)']],
    ['"and another wounded": the verb left out', 'The ministry said one of its soldiers was killed and another wounded near Tal Abyad.', ['killed combatants 1', 'injured combatants 1']],
    ['"another" with a verb and its object is another\'s act', 'A sniper\'s bullet killed a man and another wounded a teenage boy near the camp.', ['killed men 1', 'injured children 1']],
    ['a member of a force with its other name in brackets, and a civilian', 'A member of the Internal Security Forces (Asayish) and a civilian were killed in Qamishli, the Asayish said.', ['killed civilians 1', 'killed combatants 1']],
    ['a side named two ways with a slash', 'The ministry said its forces captured 18 YPG/PKK terrorists near Tal Abyad.', ['captured combatants 18']],
    ['a list whose groups carry descriptions', 'The strikes killed 14 Syrian soldiers, 16 fighters from the Afghan Fatemiyoun brigade and 11 Iraqi militiamen from Iran-backed groups, the monitor said.', ['killed combatants 14', 'killed combatants 16', 'killed combatants 11']],
    ['a list with the serial comma before its last "and"', 'At least 132 people were killed in Atarib, among them 65 rebels, 46 soldiers, and 21 civilians, the monitor said.', ['killed unspecified 132', 'killed combatants 65 (part)', 'killed combatants 46 (part)', 'killed civilians 21 (part)']],
    ['a list whose groups are described with an acronym in brackets and "and members of"', 'At least 132 people were killed in Atarib, among them 65 fighters from Hayat Tahrir al-Sham (HTS) and allied factions, 46 government soldiers and members of allied militias, and 21 civilians, the monitor said.', ['killed unspecified 132', 'killed combatants 65 (part)', 'killed combatants 46 (part)', 'killed civilians 21 (part)']],
    ['a community named as a noun counts its people ("46 Druze"); before a noun it is an adjective', 'The monitor said the dead included 46 Druze, 18 Druze fighters and 25 soldiers.', ['killed unspecified 46', 'killed combatants 18', 'killed combatants 25']],
    ['"17 of Tuesday\'s dead were in the town of Hazzeh": a part of a day\'s toll at a place of its own', 'Air strikes killed at least 57 people in eastern Ghouta on Tuesday, activists said. The monitor said 17 of Tuesday\'s dead were in the town of Hazzeh.', ['killed unspecified 57', 'killed unspecified 17 (part)']],
    ['"seized about 50 men": people seized are taken; villages seized count nobody', 'The militants seized about 50 men from the village of Gharanij. Rebels seized three villages near Hama.', ['captured men 50']],
    ['people under the rubble, not counted, are missing', 'Rescuers were still searching for people believed to be trapped under collapsed buildings in Kafr Batna. There are families still under the rubble in al-Shaar.', ['missing unspecified null', 'missing civilians null']],
    ['"In Hamouria alone, 29 people were killed": a part of the story\'s toll at a place of its own', 'Bombardment of eastern Ghouta killed at least 94 civilians on Monday, the monitor said. In Hamouria alone, 29 people were killed.', ['killed civilians 94', 'killed civilians 29 (part)']],
    ['"Twenty-one of the dead were in Talbiseh": a part at its own place counts whom its toll counted', 'Air strikes killed 40 civilians in Homs province on Wednesday, the monitor said. Twenty-one of the dead were in Talbiseh.', ['killed civilians 40', 'killed civilians 21 (part)']],
    ['a toll of whom the number counts', 'The Syrian Observatory for Human Rights put the number of civilians killed at 146.', ['killed civilians 146']],
    ['the number of whom, risen', 'The monitor said the number of children killed in the strikes rose to 12.', ['killed children 12']],
    ['an actor\'s name with "group" after an adjective', 'Kurdish forces arrested 25 suspected Islamic State group members in the camp.', ['captured combatants 25']],
    ['"the number of martyrs rose to 15": a risen toll of the dead', 'A bomb killed 14 people in Jisr al-Rais on Wednesday, state media said. Later, a police commander told SANA that the number of martyrs rose to 15.', ['killed unspecified 14', 'killed unspecified 15']],
    ['"the body of an Iraqi refugee was found": one dead', 'Police said the body of an Iraqi refugee was found in al-Hol camp on Monday.', ['killed civilians 1']],
    ['"cradling the body of a small boy" in footage finds no one', 'Activists posted footage showing a man cradling the body of a small boy in Douma.', []],
    ['people of one family are civilians', 'The strike killed 11 people from the same family in Ariha, activists said.', ['killed civilians 11']],
    ['"wounded by two soldiers": the agent of a passive is not counted', 'A child was wounded by two soldiers at a checkpoint near Douma, activists said.', ['injured children 1']],
    ['"my cousin", "our two sons": a speaker\'s own kin counted as "his" are', '"My cousin was killed on the road to Hajin and our two sons were wounded," a resident said.', ['killed civilians 1', 'injured civilians 2']],
    ['"killed by a sniper" counts no sniper', 'Three civilians were killed by a sniper in Deir al-Zor on Friday, activists said.', ['killed civilians 3']],
    ['"a camp guard": a noun naming the kind of the next', 'A camp guard from the Asayish internal security forces was wounded in the attack.', ['injured combatants 1']],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('\'put the number of wounded at "more than 40"\': a toll quoted, said by whose count it is', () => {
    const [claim] = claimsOf('en', 'A preliminary count by the local council put the number of wounded at "more than 40".');
    expect(claim).toMatchObject({ outcome: 'injured', count: { qualifier: 'more_than', min: 41 }, preliminary: true, source: { name: 'local council' } });
  });

  it('"The first toll announced … was 13 civilians killed": the toll a later one replaced is preliminary', () => {
    const body = 'The death toll from the strikes on Ariha rose to 19 on Tuesday, the civil defence said. The first toll announced by the civil defence on Monday evening was 13 civilians killed and 28 wounded.';
    expect(claimsOf('en', body).map((c) => [c.count.min, c.preliminary])).toEqual([[19, false], [13, true], [28, true]]);
  });

  it('"rounded up around 150 people, including at least 30 soldiers": people rounded up are captured, with their part', () => {
    const body = 'The Observatory said IS fighters had rounded up around 150 people in raids on Palmyra, including at least 30 soldiers.';
    expect(claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual([
      'captured unspecified about 150',
      'captured combatants at_least 30 (part)',
    ]);
  });

  it('"In one week alone", "In the town of Hamouria alone": a time is no place; a place may come after its word', () => {
    expect(claimsOf('en', 'In one week alone, 200 civilians were killed in Idlib province.').map((c) => `${c.count.min} ${c.place.name}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['200 إدلب']);
    const parts = claimsOf('en', 'Shelling killed 90 people in eastern Ghouta, the monitor said. In the town of Hamouria alone, 29 people were killed.');
    expect(parts.map((c) => `${c.count.min} ${c.place.name}${c.subsetOf ? ' (part)' : ''}`)).toEqual(['90 الغوطة الشرقية', '29 Hamouria (part)']);
  });

  it('"at first light" is a time of day; "has since raised the toll": the figure after "since" is the later one', () => {
    expect(claimsOf('en', 'Troops stormed the village of Tremseh at first light, killing at least 15 rebels, activists said.').map((c) => c.preliminary)).toEqual([false]);
    expect(claimsOf('en', 'The Observatory initially reported 14 dead in Saraqib and has since raised the toll to 20.').map((c) => [c.count.min, c.preliminary])).toEqual([[14, true], [20, false]]);
  });

  it('"the number of wounded exceeded 40", "the toll topped 100": a toll past its number is more than it', () => {
    expect(claimsOf('en', 'Activists said the number of wounded in Douma exceeded 40.').map((c) => `${c.outcome} ${c.count.qualifier} ${c.count.min}`)).toEqual(['injured more_than 41']);
    expect(claimsOf('en', 'The death toll in Douma topped 100 on Friday, the Observatory said.').map((c) => `${c.outcome} ${c.count.qualifier} ${c.count.min}`)).toEqual(['killed more_than 101']);
  });

  it('"initially reported 12 dead, but later said the toll had risen to 20": the first figure is preliminary, the later one not', () => {
    const body = 'The Observatory initially reported 12 dead in the strike on Saraqib, but later said the toll had risen to 20, including six children.';
    expect(claimsOf('en', body).map((c) => [c.count.min, c.preliminary])).toEqual([[12, true], [20, false], [6, false]]);
  });
});

describe('one body', () => {
  it('"recovered the body of a man who had been missing since Sunday": killed; "a man cradling the body of a small boy": someone pictured, no count', () => {
    expect(claimsOf('en', 'The civil defence said one of its teams had recovered the body of a man who had been missing since Sunday in the Barzeh district of Damascus.').map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`)).toEqual(['killed men 1']);
    expect(claimsOf('en', 'Activists posted footage showing a man cradling the body of a small boy in Saqba.')).toEqual([]);
  });
});

describe('taking people, in the gerund', () => {
  it('"killing four of them and arresting seven": seven captured', () => {
    const claims = claimsOf('en', 'Security forces clashed with the gunmen near Ain al-Sharqiya, killing four of them and arresting seven, the ministry said.');
    expect(claims.map((c) => `${c.outcome} ${c.count.min}`)).toEqual(['killed 4', 'captured 7']);
  });
});

describe('a toll told as given before', () => {
  it('"X, which had earlier put the death toll at 23," after its 25: preliminary', () => {
    const body = 'Barrel bombs killed 25 people in Bustan al-Qasr on Tuesday, the Observatory said. The Syrian Observatory for Human Rights, which had earlier put the death toll at 23, said dozens of the wounded were in critical condition.';
    expect(claimsOf('en', body).map((c) => `${c.count.min} ${c.preliminary}`)).toEqual(['25 false', '23 true']);
  });
});

describe('"N of the dead were killed when …"', () => {
  const lead = 'Russian jets killed at least 17 civilians in Busr al-Harir and Mseifra, a war monitor said. ';
  it.each([
    ['The Observatory said 11 of the dead were killed when strikes hit a school basement in Mseifra.', ['civilians 17 Busr al-Harir', 'civilians 11 Mseifra part']],
    ['The Observatory said 11 of the dead, among them five children, were killed when strikes hit a school basement in Mseifra.', ['civilians 17 Busr al-Harir', 'civilians 11 Mseifra part', 'children 5 Mseifra part']],
    ['The toll rose to 19 after one of the wounded died in hospital in Mseifra.', ['civilians 17 Busr al-Harir', 'civilians 19 Busr al-Harir total']],
  ])('%s: a part of the toll, at the place its clause names; not "one of the wounded died"', (sentence, expected) => {
    expect(claimsOf('en', lead + sentence).map((c) => `${c.victims.kind} ${c.count.min} ${c.place.name}${c.subsetOf ? ' part' : c.count.min === 17 ? '' : ' total'}`)).toEqual(expected);
  });
});

describe('a vague quantity of whose members', () => {
  it('"a number of its personnel": a claim of unknown count, of the speaker\'s own; "many of its members" is no quantity of that kind', () => {
    const [claim] = claimsOf('en', 'Hezbollah said a number of its personnel had been killed near Qusayr.');
    expect([claim.outcome, claim.victims, claim.count.qualifier]).toEqual(['killed', { kind: 'combatants', affiliation: 'hezbollah' }, 'unknown']);
    expect(claimsOf('en', 'The group said many of its members had fled the town of Qusayr before the battle.')).toEqual([]);
  });
});

describe('a breakdown whose first group is described', () => {
  it('"89: 28 members of the Kurdish-led forces and internal security, five civilians and 56 militants": three parts, the mixed first of no side', () => {
    const claims = claimsOf('en', 'Islamic State militants stormed the prison in Hasakah on Thursday. The Syrian Observatory for Human Rights put the overall death toll at 89: 28 members of the Kurdish-led forces and internal security, five civilians and 56 militants.');
    expect(claims.map((c) => `${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.min}${c.subsetOf ? ' (part)' : ''}`)).toEqual([
      'unspecified 89',
      'combatants 28 (part)',
      'civilians 5 (part)',
      'combatants/isis 56 (part)',
    ]);
  });
});

describe('a toll among a group', () => {
  it('"the toll among government forces had risen to 16": the state\'s fighters; "among civilians": civilians', () => {
    const read = (body: string) => claimsOf('en', body).map((c) => `${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.min}`);
    expect(read('The Observatory said the toll among government forces in Jableh had risen to 16.')).toEqual(['combatants/regime_forces 16']);
    expect(read('The Observatory said the toll among civilians in Jableh had risen to 21.')).toEqual(['civilians 21']);
  });
});

describe('army personnel', () => {
  it('"two army personnel were martyred": the state\'s soldiers', () => {
    const [claim] = claimsOf('en', 'A military source told SANA that two army personnel were martyred in an attack near Daraa.');
    expect(claim.victims).toEqual({ kind: 'combatants', affiliation: 'regime_forces' });
  });
});

describe('a state since a time, between commas', () => {
  it('"A man from Zakia, detained since 2019, had died": no capture of the day', () => {
    expect(claimsOf('en', 'A man from Zakia, detained since 2019, had died under torture, the network said.').map((c) => c.outcome)).not.toContain('captured');
  });
});

describe('more English words of the dead', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.min}`);

  it.each([
    ['The monitor added that the jihadists beheaded two women in the village of Kobani on Friday.', ['killed women 2']],
    ['"Three of our fighters were martyred," a YPG commander told AFP in Kobani.', ['killed combatants/sdf 3']],
    ['An elderly man and his grandson were killed in the shelling of Maarat al-Numan, activists said.', ['killed civilians 2', 'killed children 1']],
  ])('%s', (body, claims) => {
    expect(read(body)).toEqual(claims);
  });
});

describe('detainees, and what might befall them', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.min}`);

  it('detainees are of no kind named', () => {
    expect(read('Security forces fired rubber bullets into the courtyard of Hama central prison, wounding at least 15 detainees, the Observatory said.')).toEqual(['injured unspecified 15']);
  });

  it('"five inmates … where they feared they would be executed" is no toll', () => {
    expect(read('Prisoners refused to allow the transfer of five inmates to Saydnaya prison, where they feared they would be executed, the Observatory said.')).toEqual([]);
  });
});

describe("the lead's fighters side by side", () => {
  it('"killing at least 57 soldiers and allied fighters", then 14 soldiers, 16 Fatemiyoun fighters and 11 Iraqi militiamen: parts of the 57', () => {
    const body = 'Israeli warplanes struck dozens of targets in eastern Syria overnight, killing at least 57 soldiers and allied fighters, a war monitor said on Wednesday. The Syrian Observatory for Human Rights said the strikes around Deir al-Zor killed 14 Syrian soldiers, 16 fighters from the Afghan Fatemiyoun brigade and 11 Iraqi militiamen from Iran-backed groups.';
    const claims = claimsOf('en', body, '2021-01-13T10:00:00Z');
    const lead = claims.find((c) => c.count.min === 57);
    expect(claims.filter((c) => c !== lead).map((c) => `${c.count.min} ${c.subsetOf === lead?.claimId ? 'part' : 'apart'}`)).toEqual(['14 part', '16 part', '11 part']);
  });
});

describe('a qualifier before a list', () => {
  it('"at least 20 IS militants and 11 Kurdish fighters": "at least" is the first number\'s', () => {
    const claims = claimsOf('en', 'At least 20 IS militants and 11 Kurdish fighters were killed in clashes in Kobane overnight, the Syrian Observatory for Human Rights said.');
    expect(claims.map((c) => `${c.count.qualifier} ${c.count.min}`)).toEqual(['at_least 20', 'exact 11']);
  });

  it('"at least two soldiers and a policeman": fighters of one side summed keep it on the sum', () => {
    const claims = claimsOf('en', 'At least two soldiers and a policeman were killed in Daraa, state media said.');
    expect(claims.map((c) => `${c.count.qualifier} ${c.count.min}`)).toEqual(['at_least 3']);
  });
});

describe('the dead named one by one after a comma', () => {
  it('"had killed two civilians, an elderly man and his grandson, who…": parts of the two', () => {
    const claims = claimsOf('en', 'He added that a mortar round fired by the jihadists had killed two civilians, an elderly man and his grandson, who had refused to leave their home in Kobani.');
    expect(claims.map((c) => `${c.victims.kind} ${c.count.min} ${c.subsetOf ? 'part' : 'total'}`)).toEqual(['civilians 2 total', 'men 1 part', 'children 1 part']);
  });

  it('not people told after a speaker: "killed two civilians, a monitor said, and wounded a man and two children"', () => {
    const claims = claimsOf('en', 'The strike killed two civilians, a monitor said, and wounded a man and two children in Kobani.');
    const killed = claims.find((c) => c.outcome === 'killed');
    expect(claims.filter((c) => c.subsetOf === killed?.claimId)).toEqual([]);
  });
});

describe('the dead by the side they belonged to', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind}/${c.victims.affiliation ?? '-'} ${c.count.min}${c.subsetOf !== undefined ? ' (part)' : ''}`);

  it('"nine of the dead belonged to X, and six to Y": parts of the toll, each of its side', () => {
    expect(read('At least 15 fighters were killed in Saraqeb on Thursday. Nine of the dead belonged to Tahrir al-Sham, and six to Ahrar al-Sham, the Observatory said.')).toEqual([
      'killed combatants/- 15',
      'killed combatants/hts 9 (part)',
      'killed combatants/opposition_factions 6 (part)',
    ]);
    expect(read('At least 15 fighters were killed in Saraqeb on Thursday, the Observatory said. Nine of the dead were from Tahrir al-Sham.')).toEqual(['killed combatants/- 15', 'killed combatants/hts 9 (part)']);
  });

  it('"six were taken to hospitals and two to Turkey": a number and "to" a place is no side', () => {
    expect(read('Shelling killed 12 people in Douma, activists said. Two of the dead were taken to hospitals in Damascus and two to Turkey.')).toEqual(['killed unspecified/- 12']);
  });
});

describe('a vague quantity of those spoken of', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.outcome} ${c.victims.kind} ${c.count.qualifier}`);

  it('"killed a number of the attackers": past "the"', () => {
    expect(read('Rebels stormed an army post near Kabani on Monday. The army said its troops killed a number of the attackers.')).toEqual(['killed combatants unknown']);
  });

  it('\'killed "a large number" of them\': fighters when the sentence named them by a noun, else unnamed', () => {
    expect(read('SANA said army units had "cleansed Daraya of the remnants of armed terrorist groups" and killed "a large number" of them.')).toEqual(['killed combatants unknown']);
    expect(read('The army said it had killed a large number of them in Saraqeb.')).toEqual(['killed unspecified unknown']);
  });
});

describe('one civilian named among the dead', () => {
  const read = (language: 'ar' | 'en', body: string) => claimsOf(language, body).map((c) => `${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.min}${c.subsetOf !== undefined ? ' (part)' : ''}`);

  it('"three people, including two members of the SDF and a civilian driver": both are parts', () => {
    expect(read('en', 'A Turkish drone strike killed three people near Qamishli, including two members of the SDF and a civilian driver, a security source said.')).toEqual([
      'unspecified 3',
      'combatants/sdf 2 (part)',
      'civilians 1 (part)',
    ]);
  });

  it('"بينهم صحفي": one civilian among the dead', () => {
    expect(read('ar', 'قُتل 15 مدنياً في قصف على القامشلي، بينهم صحفي.')).toEqual(['civilians 15', 'civilians 1 (part)']);
  });
});

describe('martyrs counted', () => {
  it('\'52 "martyrs" had been recorded by evening\': the dead, by the noun in quotation marks', () => {
    expect(claimsOf('en', 'The Douma local council said in a statement that 52 "martyrs" had been recorded by evening.').map((c) => `${c.outcome} ${c.count.min}`)).toEqual(['killed 52']);
  });
});

describe('the toll named back', () => {
  const read = (body: string) => claimsOf('en', body).map((c) => `${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.min}${c.subsetOf !== undefined ? ' (part)' : ''}`);

  it('"Of the 30 dead, 12 were children": a part of the kind said, the 30 no new toll', () => {
    expect(read('Shelling killed 30 people in Douma, activists said. Of the 30 dead, 12 were children.')).toEqual(['unspecified 30', 'children 12 (part)']);
    expect(read('Shelling killed 30 people in Douma, activists said. Of the dead, 12 were children.')).toEqual(['unspecified 30', 'children 12 (part)']);
  });

  it('"Of the 10 dead, seven were not Syrian": of the toll of that number, whoever gave another since', () => {
    const body = 'Israeli missiles struck near Damascus, killing 10 fighters, most of them Iranians or members of Iran-backed militias, a war monitor said. State media said two soldiers were killed in Deraa. Of the 10 dead, seven were not Syrian, the Observatory said.';
    // (A side said of most of them is no side of all.)
    expect(read(body).sort()).toEqual(['combatants 10', 'combatants 7 (part)', 'combatants/regime_forces 2']);
  });
});
