# `sala serve`: บรรทัดที่แสดงในหน้าต่างคำสั่ง และกล่องข้อความที่ซ้อนบนหน้าเว็บ
# ในเบราว์เซอร์เมื่อการบันทึกทำให้ build ไม่สำเร็จ

serve-overlay-title = sala: สร้างเว็บไซต์ใหม่ไม่สำเร็จ
serve-overlay-note = แก้ไฟล์แล้วบันทึกอีกครั้ง ข้อความนี้จะหายไปเอง

serve-built = สร้างเสร็จใน { $ms } ms
serve-serving = กำลังให้บริการที่ { $address } (กด Ctrl-C เพื่อหยุด)
serve-open-to-network = การรอรับการเชื่อมต่อที่ { $bind } จะเปิดหน้าตัวอย่างให้ทั้งเครือข่ายเข้าถึงได้
serve-took = { $what } ใช้เวลา { $ms } ms
serve-stopped = หยุดแล้ว
serve-build-failed = build ไม่สำเร็จ (ยังคงแสดงหน้าที่สร้างสำเร็จครั้งล่าสุด)
serve-index-updated = ปรับปรุงดัชนีการค้นหาแล้วใน { $ms } ms
serve-index-not-updated = ยังปรับปรุงดัชนีการค้นหาไม่ได้: { $why }
serve-books-not-updated = ยังปรับปรุงฉบับพิมพ์ไม่ได้: { $why }
serve-nothing-to-do = ไม่มีสิ่งที่ต้องทำ
serve-re-rendered = สร้างใหม่ { $pages } หน้า{ $searched ->
        [yes] {" "}และปรับปรุงการค้นหาแล้ว
       *[no] {""}
    }
serve-rebuilt = สร้างเว็บไซต์ใหม่ทั้งหมดแล้ว
