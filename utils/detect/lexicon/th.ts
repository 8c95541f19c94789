// Thai: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const th = `โทรศัพท์|มือถือ|เบอร์
รหัสยืนยัน|รหัส otp
(ส่ง|ขอ)รหัส

เข้าสู่ระบบ
สมัคร|ลงทะเบียน|สร้างบัญชี
ลืมรหัสผ่าน

ตั้งค่า|ความปลอดภัย|บัญชีของฉัน
ตะกร้า|จัดส่ง|ชำระเงิน|คำสั่งซื้อ|ใบกำกับ|สั่งซื้อ
ติดต่อ|สอบถาม|นัดหมาย

ออกจากระบบ

ชื่อผู้ใช้|อีเมล
หมายเลขบัตร|บัตรเครดิต
หมายเลข
เพิ่ม|เปลี่ยน|แก้ไข`;
