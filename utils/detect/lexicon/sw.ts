// Swahili, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const sw = `simu\\b
msimbo|namb\\S* ya uthibitisho|nenosiri la mara moja
(tuma|pata|omba) msimbo|tuma tena
ujumbe (mfupi|wa maandishi)|kwa ujumbe|simu ya sauti|kupigiwa simu
ingia|kuingia
jisajili|usajili|(fungua|unda) akaunti
umesahau|nimesahau|weka upya|rejesha nenosiri
hatua mbili|vipengele viwili
mipangilio|usalama|akaunti yangu|wasifu
kikapu|malipo|lipa\\b|usafirishaji|uwasilishaji|agizo|maagizo|oda\\b|nunua
wasiliana|mawasiliano|maulizo|jarida|maoni
msimbo wa posta|kitambulisho|namb\\S* ya (mteja|akaunti|mkataba)|nida\\b|tafuta
toka\\b|ondoka
inayoishia|inaishia|tarakimu( \\d| nne| mbili)? za mwisho
jina la mtumiaji|barua pepe
kadi\\b|kuisha muda|tarehe ya kuisha
namba
ongeza|badilisha|hariri|thibitisha|ondoa`;
