# โฟลเดอร์ content/ โดยรวม: โฟลเดอร์ภาษา โฟลเดอร์ที่ใช้ร่วมกัน และไฟล์ที่อ่าน
# ไม่ได้หรือใช้เป็นหน้าไม่ได้

content-no-folder = ไม่มีโฟลเดอร์ content/
content-no-folder-hint = สร้าง content/<lang>/_index.md หรือใช้คำสั่ง `sala new <lang>/my-page`
content-skipped-link = ข้ามทางลัด (symlink) หนึ่งรายการ: { $reason }
content-skipped-link-hint = คัดลอกสิ่งที่ทางลัดชี้ไปมาไว้ใน content/ หรือลบทางลัดนั้นออก
content-cannot-read = อ่านไม่ได้: { $why }
content-not-regular-file = อ่านไม่ได้: ไม่ใช่ไฟล์ธรรมดา (เป็น FIFO, socket หรืออุปกรณ์)
content-not-regular-file-hint = แทนที่ด้วยไฟล์ธรรมดา หรือลบออก
content-outside-language = ไฟล์อยู่นอกโฟลเดอร์ภาษา
content-outside-language-hint = ย้ายไปไว้ใน content/<lang>/ โดย <lang> เป็นหนึ่งใน: { $languages }
content-page-in-shared = มีหน้าอยู่ใน content/shared/ ซึ่งเป็นโฟลเดอร์สำหรับไฟล์ที่ทุกภาษาใช้ร่วมกัน
content-page-in-shared-hint = วางหน้าไว้ในโฟลเดอร์ภาษา เช่น content/en/
content-unknown-language = ไม่รู้จักภาษา '{ $lang }'
content-unknown-language-hint = ประกาศภาษานี้ไว้ใต้ `languages:` ใน sala.yaml หรือใช้หนึ่งใน: { $languages }
