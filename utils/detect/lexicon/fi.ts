// Finnish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const fi = `puhelin|matkapuhelin|puh\\b
(vahvistus|kerta|tekstiviesti)koodi
lähetä koodi
tekstiviesti|tekstiviestillä|äänipuhelu
kirjaudu
rekisteröidy|luo tili
unohditko salasan|palauta salasana|salasanan palautus
kaksivaihei|vahva tunnistautuminen|kaksiosai
asetukset|tietoturva|oma tili|omat tiedot|henkilötiedot|profiili
ostoskori|toimitus|maksu|tilaus|lasku|kassa
yhtey|tarjouspyyntö|uutiskirje
postinumero
kirjaudu ulos
päättyy|viimeiset (\\d|kaksi|neljä) numeroa
käyttäjätunnus|sähköposti
kortin numero
numero
lisää|muuta|muokkaa`;
