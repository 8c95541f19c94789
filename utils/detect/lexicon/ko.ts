// Korean. One line per concept, in the order of CONCEPTS (types.ts):
// phone, code, sendCode, sms, login, signup, recovery, mfa, settings, commerce, contact,
// notPhone, signOut, ending, identifier, card, number, edit.
export const ko = `휴대폰|핸드폰|연락처|전화
인증 ?(번호|코드)|(확인|보안) 코드|일회용
인증번호 (받기|전송|요청)|인증 ?요청|재전송|코드 (전송|받기)
문자|음성 통화
로그인
회원 ?가입|가입하기|계정 (만들기|생성)
비밀번호 (찾기|재설정)|비밀번호를 잊|계정 복구|아이디 찾기
2단계|(이중|2차|다단계) 인증
계정 설정|내 정보|회원정보|프로필|보안
결제|배송|주문|장바구니|구매|받는 분
문의|상담|예약|구독|뉴스레터
우편번호|내선|팩스
로그아웃
끝자리|뒷자리|마지막 4자리
이메일|아이디|사용자 이름|닉네임
카드|계좌|신용
번호
추가|변경|수정|등록|인증하기`;
