// Vietnamese: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const vi = `điện thoại|số di động|sđt\\b
mã (xác (nhận|minh)|otp)
(gửi|lấy) mã
tin nhắn|qua sms|cuộc gọi thoại
đăng nhập
đăng ký|tạo tài khoản
quên mật khẩu|đặt lại mật khẩu|khôi phục mật khẩu
xác (thực|minh) (hai|2) (yếu tố|bước|lớp)|bảo mật (hai|2) lớp
cài đặt|bảo mật|tài khoản của tôi|thông tin cá nhân|hồ sơ của tôi
giỏ hàng|giao hàng|thanh toán|đơn hàng|đặt hàng|hóa đơn|vận chuyển
liên hệ|yêu cầu|báo giá|đặt lịch|tư vấn|gọi lại
mã bưu (điện|chính)|mã số thuế|số cmnd|số cccd|mã đơn hàng
đăng xuất
kết thúc bằng|(\\d|hai|bốn) số cuối
tên đăng nhập
số thẻ

thêm|thay đổi|chỉnh sửa`;
