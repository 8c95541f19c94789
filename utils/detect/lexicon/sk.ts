// Slovak, one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const sk = `telefón|mobiln|číslo mobilu
overovací kód|jednorazov\\S* kód|kód z sms|potvrdzovací kód
(odoslať|poslať|získať) kód|znova poslať
sms správ|textovou správou|hlasov\\S* hovor
prihlásiť|prihlásenie
registrácia|zaregistr|vytvoriť účet
zabudnuté heslo|zabudli ste heslo|obnoviť heslo|obnovenie hesla
dvojfaktorov|dvojstupňov|dvojkrokov
nastavenia|zabezpečenie|môj účet|môj profil|osobné údaje
košík|doprava|platba|objednávk|pokladň|doručen
kontaktujte|dopyt|napíšte nám
rodné číslo|ičo\\b|dič\\b|číslo zákazníka|číslo objednávky
odhlásiť
končiac\\S* na|posledné (\\d|dve|štyri) číslice
používateľské meno|e-?mail alebo telefón
číslo karty|platnosť karty

pridať|zmeniť|upraviť|overiť`;
