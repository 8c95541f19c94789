// Malay (Indonesian's list already covers daftar, hubungi, digit terakhir …), one line per concept in the order of CONCEPTS (types.ts); an empty line is a
// concept another language already covers.
export const ms = `nombor telefon|telefon bimbit|no\\. telefon
kod pengesahan|kod sekali guna|tac\\b
hantar (kod|otp|tac)|minta (kod|tac)|dapatkan (kod|otp)
melalui sms|panggilan suara|mesej teks
log masuk
cipta akaun|buka akaun
lupa kata laluan|tetapkan semula kata laluan
pengesahan dua (faktor|langkah)|dua faktor
tetapan|keselamatan|akaun saya|profil saya|maklumat peribadi
troli|penghantaran|bayaran|daftar keluar
langgan|temu janji|tempahan
poskod|kad pengenalan|mykad
log keluar
berakhir dengan
nama pengguna|e-?mel
nombor kad|tarikh luput
nombor
tukar|kemas kini|sahkan`;
