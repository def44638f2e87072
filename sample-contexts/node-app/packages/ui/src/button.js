module.exports = function button(label) { return `<button>${label}</button>`; };
