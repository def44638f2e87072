const { greet } = require('./lib/greet');
console.log(greet(process.env.NAME || 'world'));
