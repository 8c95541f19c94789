// Indonesian and Malay: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const id = `telepon|nomor hp|no hp|ponsel|handphone
kode (verifikasi|otp)
kirim (kode|otp)

masuk\b
daftar|buat akun
lupa (kata sandi|password)

pengaturan|keamanan|akun saya
keranjang|pengiriman|pembayaran|pesanan|tagihan
hubungi|pertanyaan
kode pos
keluar\b

nama pengguna
nomor kartu|kedaluwarsa
nomor
tambah|ubah|ganti`;
