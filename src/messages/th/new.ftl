# `sala new <lang>/<section>/<name>`: เหตุที่สร้างหน้าใหม่ตรงนั้นไม่ได้

new-usage-hint = เขียนในรูปแบบ <lang>/<section>/<name> เช่น vi/handbook/my-page
new-names-a-folder = '{ $path }' เป็นชื่อโฟลเดอร์ ไม่ใช่หน้า
new-no-latin = '{ $name }' ไม่มีอักษรละตินหรือตัวเลขที่จะใช้ตั้งชื่อไฟล์ได้
new-no-latin-hint = ตั้งชื่อไฟล์เป็นอักษรละติน แล้วใส่ชื่อเรื่องเต็มไว้หลัง --title เช่น sala new { $section }/my-page --title "{ $name }"
new-no-language = '{ $path }' ไม่ได้ขึ้นต้นด้วยภาษา
new-no-language-hint = { new-usage-hint } โดย <lang> เป็นหนึ่งใน: { $languages }
new-not-a-page-path = '{ $path }' ไม่ใช่เส้นทางของหน้า
new-not-a-page-path-hint = { new-usage-hint } หน้าต้องอยู่ในหมวด (คือโฟลเดอร์ที่มีไฟล์ _index.md)
new-reserved-name = '{ $name }' เป็นชื่อที่ sala สงวนไว้ใช้เอง (ฉบับพิมพ์ของทุกหมวดอยู่ที่ { $name }/)
new-reserved-name-hint = เลือกชื่ออื่น เช่น { $section }/{ $name }-guide
new-exists = มีหน้านี้อยู่แล้ว
new-exists-hint = เลือกชื่ออื่น หรือแก้ไขหน้าที่มีอยู่
new-not-a-section = content/{ $section }/ ไม่ใช่หมวด เพราะไม่มีไฟล์ _index.md
new-not-a-section-hint = สร้าง _index.md ของหมวดก่อน (พร้อมชื่อเรื่อง) หรือวางหน้าไว้ในหมวดที่มีอยู่แล้ว
new-empty-title = ชื่อเรื่องว่างอยู่
new-empty-title-hint = ใส่ --title "..."
