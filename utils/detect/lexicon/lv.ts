// Latvian, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const lv = `t[aā]lru[nņ]|tālr\\b
(verifikācijas|apstiprinājuma|drošības|vienreizēj\\S*) kod|ievadi(et)? kodu
(no)?sūtīt (jaunu )?(kodu|vēlreiz|atkārtoti)|(saņemt|pieprasīt) (jaunu )?kodu
īsziņ|balss zvan
pieslēg(ties|šanās)|ienākt|pieteikšanās|(pieteikties|pierakstīties)(?! (uz|pie|\\S*(konsult|vizīt|kurs|jaunum)))
reģistr(ē|ā)|izveido(t)? (jaunu )?kontu
aizmirs|atjaunot paroli|paroles atjaunošan|atiestatīt paroli
divpakāpju|divfaktoru|divu faktoru
iestatījum|mans konts|drošība|personas dati|mans profils
groz(s|ā|u|am|a)\\b|pasūtī|piegād(e|i|es)\\b|apmaks|maksājum|norēķin|pirkum
sazin|pieteikum|jaunum|abonē|pieprasījum|atzvan|konsultācij|vebinār
personas kod|pasta indeks|(klienta|līguma|konta) numur|meklēt
iziet|izrakstīties|atslēgties
beidzas ar|pēdēj\\S* (\\d|četr)
lietotāj|e[- ]?past
derīguma
numur
pievienot|mainīt|rediģē|labot`;
