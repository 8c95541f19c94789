// Lithuanian, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const lt = `mobiliojo|mobilus|mobilaus
patvirtinimo kod|vienkartin\\S* kod|sms kod
siųsti kod|gauti kod|siųsti dar kartą
sms žinut|trumpąja žinute|balso skambut
prisijung
sukurti paskyrą|užsiregistr
pamiršote slaptažodį|pamiršau slaptažodį|atkurti slaptažodį|slaptažodžio atkūrim
dviejų veiksnių|dviejų žingsnių|dvigub\\S* autentifikacij
nustatymai|sauga|mano paskyra|profilis|asmeniniai duomenys
krepšel|pristatym|apmokėjim|užsakym|mokėjim
susisiekite|užklaus|naujienlaišk|atgalinis skambutis|vebinar
asmens kodas|pašto kodas|kliento numeris|sutarties numeris
atsijungti
baigiasi|paskutiniai (\\d|keturi|du) skaitmenys
naudotojo vardas|vartotojo vardas|el\\. pašt
kortelės numer|galiojimo

pridėti|keisti|pakeisti|redaguoti|patvirtinti`;
