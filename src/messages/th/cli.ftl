# ข้อความของ sala บนบรรทัดคำสั่ง: ป้ายกำกับของข้อความแจ้งปัญหา หัวกลุ่ม
# และบรรทัดสรุปท้ายคำสั่ง build, check และ `sala new`

diag-error = ข้อผิดพลาด
diag-warning = คำเตือน
diag-hint = คำแนะนำ
diag-group = ── { $kind }: { $severity ->
        [error] ข้อผิดพลาด
       *[warning] คำเตือน
    } { $n } รายการ ──

kind-config = การตั้งค่า
kind-content = เนื้อหา
kind-front-matter = ส่วนหัวของหน้า (front matter)
kind-glossary = อภิธานศัพท์
kind-i18n = ข้อความส่วนติดต่อผู้ใช้
kind-link = ลิงก์
kind-markdown = Markdown
kind-new = หน้าใหม่
kind-orphan = หน้าที่ไม่มีลิงก์มาถึง
kind-output = ผลลัพธ์
kind-terminology = คำศัพท์
kind-text = ข้อความ
kind-theme = ธีม
kind-write = การเขียนไฟล์
kind-translation = คำแปล
kind-stale-translation = คำแปลที่อาจล้าสมัย

cli-build-failed = สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด { $errors } รายการ เว็บไซต์ที่สร้างไว้ก่อนหน้ายังคงอยู่ตามเดิม
cli-checked = ตรวจแล้ว { $pages } หน้า: ข้อผิดพลาด { $errors } รายการ คำเตือน { $warnings } รายการ
cli-built = สร้างแล้ว { $pages } หน้า ({ $languages }) { $files } ไฟล์ คำเตือน { $warnings } รายการ ใช้เวลา { $seconds } วินาที
cli-archive = ไฟล์บีบอัด { $path } ({ $files } ไฟล์, { $mb } MB) ใช้เวลา { $seconds } วินาที
cli-note = หมายเหตุ
cli-open = เปิด { $path }
cli-created = สร้างแล้ว: { $path }
