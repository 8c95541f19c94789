// Slovenian (Serbian's and Croatian's lists already cover prijava, odjava, registracija, dostava …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const sl = `
potrditven\\S* kod|verifikacijsk\\S* kod|enkratn\\S* (kod|geslo)
pošlji (kodo|ponovno|znova)|(ponovno|znova) pošlji|(prejmi|zahtevaj) (novo )?kodo
(kratk|besediln)\\S* sporočil|glasovn\\S* klic
vpis\\b|vpiš
ustvari\\S* (si )?račun|nov račun|včlani
pozab|ponastav
dvostopenjsk|v dveh korakih
nastavitv|varnost\\b|osebni podatki
plačil|naročil|nakup|plačaj|prevzem
povpraševanj|pišite nam|e-novic|novičnik|naroči(te)? se|povratni klic|rezervacij
(poštn|davčn)\\S* številk|emšo|številka (pogodbe|stranke|računa)|iskanje|faks

(konča|končuje) (z|s|na)|zadnj\\S* (\\d|dve|štiri) števk
uporabniško ime|e-pošt|e-naslov|elektronsk\\S* (pošt|naslov)
kartic|veljavn|datum poteka
številk
spremeni|potrdi|preveri|zamenjaj|odstrani`;
