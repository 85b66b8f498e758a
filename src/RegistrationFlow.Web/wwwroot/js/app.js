// Keyboard shortcuts of the screens: any element with data-shortcut="alt+n" is focused (fields) or clicked
// (buttons, links) when that combination is pressed. The screens show the same combinations next to the controls.
(function () {
    function combo(e) {
        const parts = [];
        if (e.ctrlKey) parts.push("ctrl");
        if (e.altKey) parts.push("alt");
        if (e.shiftKey) parts.push("shift");
        let key = (e.key || "").toLowerCase();
        if (e.code && e.code.startsWith("Key")) key = e.code.substring(3).toLowerCase();
        if (e.code && e.code.startsWith("Digit")) key = e.code.substring(5);
        parts.push(key);
        return parts.join("+");
    }
    document.addEventListener("keydown", function (e) {
        if (!e.altKey && !e.ctrlKey) return;
        const target = document.querySelector('[data-shortcut="' + combo(e) + '"]');
        if (!target) return;
        e.preventDefault();
        if (target.matches("input, select, textarea")) { target.focus(); target.select && target.select(); }
        else { target.click(); }
    });
    // The reconnect dialog (Components/Layout/ReconnectDialog.razor): Blazor reports the circuit's state on it.
    document.addEventListener("DOMContentLoaded", function () {
        const dialog = document.getElementById("components-reconnect-modal");
        if (!dialog) return;
        dialog.addEventListener("components-reconnect-state-changed", function (e) {
            const state = e.detail.state;
            dialog.dataset.state = state;
            if (state === "show" || state === "retrying" || state === "failed") { if (!dialog.open) dialog.showModal(); }
            else if (state === "hide") { if (dialog.open) dialog.close(); }
            else if (state === "rejected") { location.reload(); }
        });
        const retry = document.getElementById("components-reconnect-button");
        if (retry) retry.addEventListener("click", async function () {
            try { if (!(await Blazor.reconnect())) location.reload(); } catch { dialog.dataset.state = "failed"; }
        });
    });
    window.registrationFlow = {
        focus: function (selector) { const el = document.querySelector(selector); if (el) el.focus(); },
        print: function () { window.print(); },
        markInteractive: function () { document.body.dataset.interactive = "1"; },
        saveDraft: function (key, json) { try { localStorage.setItem(key, json); } catch { } },
        loadDraft: function (key) { try { return localStorage.getItem(key); } catch { return null; } },
        clearDraft: function (key) { try { localStorage.removeItem(key); } catch { } },
        scrollLineIntoView: function (textareaId, line) {
            const ta = document.getElementById(textareaId);
            if (!ta) return;
            const lines = ta.value.split("\n");
            let offset = 0;
            for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
            ta.focus();
            ta.setSelectionRange(offset, offset + (lines[line - 1] || "").length);
            const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
            ta.scrollTop = Math.max(0, (line - 3) * lineHeight);
        },
        syncScroll: function (textareaId, gutterId) {
            const ta = document.getElementById(textareaId), g = document.getElementById(gutterId);
            if (!ta || !g || ta.dataset.synced) return;
            ta.dataset.synced = "1";
            ta.addEventListener("scroll", function () { g.scrollTop = ta.scrollTop; });
        }
    };
})();
