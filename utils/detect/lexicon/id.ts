// Indonesian and Malay: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const id = `telepon|nomor hp|no hp|ponsel|handphone
kode (verifikasi|otp)
kirim (kode|otp)
lewat sms|melalui sms|pesan teks|panggilan suara|telepon otomatis
masuk\\b
daftar|buat akun
lupa (kata sandi|password)|atur ulang (kata sandi|password)|reset (kata sandi|password)
(verifikasi|autentikasi|otentikasi) (dua|2) (langkah|faktor)
pengaturan|keamanan|akun saya|data pribadi|profil saya
keranjang|pengiriman|pembayaran|pesanan|tagihan
hubungi|pertanyaan
kode pos
keluar\\b
berakhiran|diakhiri|(\\d|dua|empat) digit terakhir
nama pengguna
nomor kartu|kedaluwarsa
nomor
tambah|ubah|ganti`;
