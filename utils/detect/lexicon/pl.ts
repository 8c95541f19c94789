// Polish: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const pl = `komórk
kod (weryfikacyjny|sms|jednorazowy)
wyślij (kod|sms)

zaloguj|logowanie
zarejestruj|rejestracja|załóż konto
nie pamiętasz hasła|zresetuj hasło

ustawienia|bezpieczeństwo|moje konto
koszyk|dostaw|płatnoś|zamówieni|kasa\b|faktur|wysyłk
zapytanie|umów|wycen
kod pocztowy|pesel|nip\b
wyloguj

nazwa użytkownika
numer karty|data ważności
numer
dodaj|zmień|edytuj`;
