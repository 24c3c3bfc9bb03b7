// Small reading aids, no framework; the page works without them:
// - glossary terms show their definition on a first tap (touch), a second tap
//   follows the link; hover and keyboard focus are handled by CSS;
// - task-list checkboxes are named after their item's text, and heading
//   anchors (hidden from screen readers) leave the tab order: the Markdown
//   sanitizer drops the tabindex the renderer gives them;
// - code blocks and tables that scroll sideways can be reached by keyboard;
// - the printed page shows its own address;
// - the phone menu closes when it leads down to the section's pages.
(function () {
  "use strict";

  // ---- Glossary terms on touch screens ----
  var touch = false;
  var open = null;
  function close() {
    if (open) {
      open.classList.remove("gloss-open");
      open.removeAttribute("aria-expanded");
      open = null;
    }
  }
  document.addEventListener("pointerdown", function (e) {
    touch = e.pointerType === "touch" || e.pointerType === "pen";
  }, true);
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a.gloss") : null;
    if (!a || !a.querySelector(".gloss-def")) {
      close();
      return;
    }
    if (!touch || a === open) return; // a mouse click or a second tap: follow the link
    e.preventDefault();
    close();
    open = a;
    a.classList.add("gloss-open");
    a.setAttribute("aria-expanded", "true");
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") close();
  });

  // ---- The phone menu closes when it leads to this page's list of the
  // section's pages (without JavaScript it stays open above) ----
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest(".menu-jump") : null;
    var menu = a && document.querySelector("details.menu[open]");
    if (menu) menu.open = false;
  });

  // ---- Wide code and tables: focusable when they scroll ----
  function scrollers() {
    var els = document.querySelectorAll(".content pre, .content table");
    for (var i = 0; i < els.length; i++) {
      if (els[i].scrollWidth > els[i].clientWidth + 1) els[i].setAttribute("tabindex", "0");
      else if (els[i].getAttribute("tabindex") === "0") els[i].removeAttribute("tabindex");
    }
  }
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(scrollers, 150);
  });

  function ready() {
    scrollers();
    // ---- Task lists: a checkbox is named by the text of its item ----
    var boxes = document.querySelectorAll(".content li > input[type=checkbox]");
    for (var i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      if (b.hasAttribute("aria-label") || b.labels && b.labels.length) continue;
      var text = b.parentNode.textContent.replace(/\s+/g, " ").trim();
      if (text) b.setAttribute("aria-label", text);
    }
    var anchors = document.querySelectorAll('a.anchor[aria-hidden="true"]');
    for (var j = 0; j < anchors.length; j++) anchors[j].setAttribute("tabindex", "-1");
    // ---- Print: the page's own address on paper ----
    var where = document.querySelectorAll(".print-address");
    for (var k = 0; k < where.length; k++) {
      var url = where[k].querySelector(".print-url");
      if (url) {
        url.textContent = location.href.split("#")[0];
        where[k].classList.add("filled");
      }
    }
    // ---- Print buttons (print books): no inline handlers in the theme ----
    var printers = document.querySelectorAll("button[data-print]");
    for (var m = 0; m < printers.length; m++) {
      printers[m].addEventListener("click", function () { window.print(); });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
