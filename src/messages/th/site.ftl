# ธีมและเทมเพลต (themes/<theme>/templates/) และข้อความส่วนติดต่อผู้ใช้ของเว็บไซต์
# (i18n/<lang>.ftl): ไฟล์ที่อ่านไม่ได้ ไวยากรณ์ผิด คีย์ที่ขาดหายไป

site-strings-cannot-read = อ่านข้อความส่วนติดต่อผู้ใช้ไม่ได้: { $reason }
site-strings-cannot-read-hint = สร้างไฟล์นี้ ระหว่างที่ยังไม่มีไฟล์ หน้าภาษา '{ $lang }' จะใช้ข้อความของภาษาหลักแทน
site-fluent-syntax = ไวยากรณ์ Fluent ผิด: { $error }
site-fluent-syntax-hint = ดูไวยากรณ์ได้ที่ https://projectfluent.org/fluent/guide/
site-message-twice = กำหนดข้อความ '{ $id }' ไว้สองครั้ง
site-message-twice-hint = ลบหรือเปลี่ยนชื่อข้อความใดข้อความหนึ่งในสองรายการนั้น
site-missing-key = ไม่มีคีย์ '{ $key }' ในภาษา '{ $lang }'
site-missing-key-hint = เพิ่ม `{ $key } = ...` ระหว่างที่ยังไม่มี จะแสดงข้อความภาษา '{ $default }' แทน
site-missing-key-used-hint = เพิ่ม `{ $key } = ...` ครั้งนี้ใช้ข้อความของภาษาหลักแทน
site-undefined-reference = ข้อความ '{ $id }' อ้างถึง '{ $other }' ซึ่งไม่ได้กำหนดไว้ในไฟล์นี้
site-undefined-reference-hint = กำหนด `{ $other } = ...` ในไฟล์นี้ หรือเขียนข้อความลงไปโดยตรง
site-reference-cycle = ข้อความ { $names } อ้างถึงกันวนเป็นวง จึงแสดงไม่ได้เลยสักข้อความ
site-reference-cycle-hint = เขียนข้อความลงไปโดยตรงในข้อความใดข้อความหนึ่ง

site-theme-no-templates = ธีม '{ $theme }' ไม่มีโฟลเดอร์ templates
site-theme-no-templates-hint = ตั้งค่า `theme:` ใน sala.yaml เป็นชื่อโฟลเดอร์ใน themes/ (ธีมที่มากับโปรแกรมคือ `default`)
site-include-loop = เทมเพลตใช้ `include` ดึงกันและกันวนเป็นวง: { $chain }
site-include-loop-hint = ลบ `include` ที่ย้อนกลับไปยังเทมเพลตที่อยู่ในลำดับนี้แล้ว
site-tag-not-closed = `{"{"}% { $tag } %{"}"}` ยังไม่ได้ปิด
site-tag-not-closed-hint = เพิ่ม `{"{"}% end{ $tag } %{"}"}` ตรงที่ส่วนนั้นสิ้นสุด
site-template-error = เทมเพลตผิดพลาด: { $error }
site-template-error-hint = แก้ไวยากรณ์ของเทมเพลต (Tera 2: {"{{"} ... {"}}"}, {"{"}% ... %{"}"})
site-missing-template = ไม่มีเทมเพลต '{ $name }'
site-missing-template-hint = ทุกธีมต้องมี: { $names }
