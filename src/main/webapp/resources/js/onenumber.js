/*
 * PrimeFaces 15 writes aria-checked on the box around each option of p:selectOneRadio, an element without a role
 * that allows the attribute (the native radio inside carries the state), so assistive technology is told of a
 * state on nothing. The attribute is dropped whenever such a widget is built, on a page load or an ajax update.
 */
(function () {
    var radios = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneRadio;
    if (radios) {
        var init = radios.prototype.init;
        radios.prototype.init = function () {
            init.apply(this, arguments);
            this.jq.find('[aria-checked]:not([role])').removeAttr('aria-checked');
        };
    }
})();

/*
 * A menu entry that opens a dialog (the row menus on Mobility and on support's Accounts) left its menu open above
 * the page, and at narrow widths beyond the window, while the dialog was up. Whenever a dialog opens, every open
 * overlay menu is closed through its own widget, so that its button's state stays right for the next click.
 */
(function () {
    var dialogs = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
    if (dialogs) {
        var show = dialogs.prototype.show;
        dialogs.prototype.show = function () {
            Object.keys(PrimeFaces.widgets || {}).forEach(function (name) {
                var widget = PrimeFaces.widgets[name];
                var overlay = widget && (widget.menu || (widget.jq && widget.jq.hasClass('ui-menu-dynamic') ? widget.jq : null));
                if (overlay && overlay.jquery && overlay.is(':visible') && typeof widget.hide === 'function') {
                    widget.hide();
                }
            });
            return show.apply(this, arguments);
        };
    }
})();
