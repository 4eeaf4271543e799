import { memoised, nameKey, withoutArticle } from '@app/gazetteer';

/**
 * Sources that news names in many ways, by the key the ledger files them under: "Syria's state
 * news agency", "SANA" and "سانا" are one source, so that its latest figure replaces its earlier
 * one whatever the article called it. The name as written stays on the claim.
 */
const KNOWN_SOURCES: ReadonlyArray<readonly [key: string, names: readonly string[]]> = [
  ['sana', ['SANA', 'سانا', 'Syrian Arab News Agency', 'الوكالة العربية السورية للأنباء', "Syria's state news agency", 'Syrian state news agency', 'state news agency SANA',
    "Syria's official news agency", 'Syrian official news agency', 'official news agency SANA', 'SANA news agency', 'state-run SANA news agency', 'SANA state news agency',
    "Syria's state-run news agency", 'state-run news agency SANA', 'Syrian Arab News Agency (SANA)', 'الوكالة السورية الرسمية للأنباء', 'وكالة الأنباء السورية الرسمية', 'وكالة الأنباء السورية', 'وكالة سانا']],
  ['syrian civil defence', ['Syrian Civil Defence', 'Syria Civil Defence', 'White Helmets', 'White Helmets rescue group', 'White Helmets rescue service', 'White Helmets civil defence',
    'Syrian Civil Defence rescue service', 'civil defence rescue service', 'الدفاع المدني السوري', 'الدفاع المدني', 'مركز الدفاع المدني', 'الخوذ البيضاء', 'منظمة الخوذ البيضاء', 'الدفاع المدني السوري (الخوذ البيضاء)']],
  ['syrian observatory for human rights', ['Syrian Observatory for Human Rights', 'SOHR', 'Britain-based Syrian Observatory for Human Rights', 'UK-based Syrian Observatory for Human Rights', 'المرصد السوري لحقوق الإنسان']],
  ['turkish defence ministry', ['Turkish defence ministry', "Turkey's defence ministry", 'Turkish Ministry of National Defence', "Turkey's Ministry of National Defence", 'Turkish National Defence Ministry', 'وزارة الدفاع التركية']],
  ['russian defence ministry', ['Russian defence ministry', "Russia's defence ministry", 'Russian Ministry of Defence', 'وزارة الدفاع الروسية']],
  ['russian reconciliation centre', ['Russian reconciliation centre', 'Russian Centre for Reconciliation', 'Russian Centre for Reconciliation of the Opposing Sides', "Russia's reconciliation centre", 'مركز المصالحة الروسي', 'مركز المصالحة الروسي في حميميم']],
  // The north-east's Kurdish-led alliance, which the wires name by its backer.
  ['syrian democratic forces', ['Syrian Democratic Forces', 'SDF', 'Syrian Democratic Forces (SDF)', 'Kurdish-led Syrian Democratic Forces', 'U.S.-backed Syrian Democratic Forces', 'US-backed Syrian Democratic Forces',
    'U.S.-backed forces', 'US-backed forces', 'U.S.-backed Syrian fighters', 'US-backed Syrian fighters', 'Kurdish-led forces', 'قوات سوريا الديمقراطية', 'قسد']],
  // The north-east's internal security (Asayish).
  ['asayish', ['Asayish', 'the Asayish', 'Asayish internal security forces', 'Asayish internal security', 'Internal Security Forces', 'Internal Security Forces (Asayish)', 'Kurdish internal security forces', 'الأسايش', 'الآسايش', 'قوى الأمن الداخلي', 'قوى الأمن الداخلي (الأسايش)']],
  ['syrian network for human rights', ['Syrian Network for Human Rights', 'SNHR', 'الشبكة السورية لحقوق الإنسان']],
];

/** Spelling apart: American and British forms of the words these names share. */
function spellingKey(name: string): string {
  return withoutArticle(nameKey(name).replace(/^(the|a|an) /, ''))
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bcenter\b/g, 'centre');
}

const BY_NAME = new Map(KNOWN_SOURCES.flatMap(([key, names]) => names.map((n) => [spellingKey(n), key] as const)));

/** The key of a source the ledger knows by many names, or undefined (memoised: names recur). */
export const knownSourceKey = memoised((name: string): string | undefined => BY_NAME.get(spellingKey(name)));
