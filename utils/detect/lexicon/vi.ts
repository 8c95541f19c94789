// Vietnamese: cheap word lists (commerce, contact, phone, account roles), one line per concept
// in the order of CONCEPTS (types.ts); an empty line is a concept another language already covers.
export const vi = `điện thoại|số di động|sđt\b
mã (xác (nhận|minh)|otp)
(gửi|lấy) mã
tin nhắn
đăng nhập
đăng ký|tạo tài khoản
quên mật khẩu

cài đặt|bảo mật|tài khoản của tôi
giỏ hàng|giao hàng|thanh toán|đơn hàng|đặt hàng|hóa đơn|vận chuyển
liên hệ|yêu cầu|báo giá|đặt lịch

đăng xuất

tên đăng nhập
số thẻ

thêm|thay đổi|chỉnh sửa`;
