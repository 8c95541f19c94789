// Polish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const pl = `komórk|telefon
kod (weryfikacyjny|sms|jednorazowy)
wyślij (kod|sms)
wiadomoś(ć|ci) sms|sms-em|esemes|połączenie głosowe|rozmowa głosowa
zaloguj|logowanie
zarejestruj|rejestracja|załóż konto
nie pamiętasz hasła|zresetuj hasło|odzyskaj|przypomnij hasło|resetuj hasło
weryfikacj\\S* dwuetapow|dwuetapow|dwuskładnikow
ustawienia|bezpieczeństwo|moje konto|dane osobowe|mój profil|moje dane
koszyk|dostaw|płatnoś|zamówieni|kasa\\b|faktur|wysyłk
zapytanie|umów|wycen
kod pocztowy|pesel|nip\\b
wyloguj
kończąc\\S* się na|ostatnie (\\d|dwie|cztery) cyfry
nazwa użytkownika|e-?mail lub (telefon|numer)
numer karty|data ważności
numer
dodaj|zmień|edytuj`;
