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
