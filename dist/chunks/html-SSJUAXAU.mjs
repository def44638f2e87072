import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  VERSION,
  compressedBytes,
  compressedFigure,
  compressedSentence,
  formatCount,
  safeText
} from "./chunk-LZM6OGT4.mjs";
import "./chunk-WE6XP7M2.mjs";
import {
  byteStringToText
} from "./chunk-PCHR3W3Q.mjs";
import "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";

// src/reporters/html.ts
const { createHash } = require("node:crypto");

// src/reporters/d3-source.ts
function d3HierarchyUmd() {
  return '// https://d3js.org/d3-hierarchy/ v3.1.3 Copyright 2010-2026 Mike Bostock\n!function(n,r){"object"==typeof exports&&"undefined"!=typeof module?r(exports):"function"==typeof define&&define.amd?define(["exports"],r):r((n="undefined"!=typeof globalThis?globalThis:n||self).d3=n.d3||{})}(this,function(n){"use strict";function r(n,r){return n.parent===r.parent?1:2}function t(n,r){return n+r.x}function e(n,r){return Math.max(n,r.y)}function i(n){var r=0,t=n.children,e=t&&t.length;if(e)for(;--e>=0;)r+=t[e].value;else r=1;n.value=r}function u(n,r){n instanceof Map?(n=[void 0,n],void 0===r&&(r=f)):void 0===r&&(r=o);for(var t,e,i,u,a,l=new h(n),p=[l];t=p.pop();)if((i=r(t.data))&&(a=(i=Array.from(i)).length))for(t.children=i,u=a-1;u>=0;--u)p.push(e=i[u]=new h(i[u])),e.parent=t,e.depth=t.depth+1;return l.eachBefore(c)}function o(n){return n.children}function f(n){return Array.isArray(n)?n[1]:null}function a(n){void 0!==n.data.value&&(n.value=n.data.value),n.data=n.data.data}function c(n){var r=0;do{n.height=r}while((n=n.parent)&&n.height<++r)}function h(n){this.data=n,this.depth=this.height=0,this.parent=null}function l(n){return null==n?null:p(n)}function p(n){if("function"!=typeof n)throw new Error;return n}function d(){return 0}function s(n){return function(){return n}}h.prototype=u.prototype={constructor:h,count:function(){return this.eachAfter(i)},each:function(n,r){let t=-1;for(const e of this)n.call(r,e,++t,this);return this},eachAfter:function(n,r){for(var t,e,i,u=this,o=[u],f=[],a=-1;u=o.pop();)if(f.push(u),t=u.children)for(e=0,i=t.length;e<i;++e)o.push(t[e]);for(;u=f.pop();)n.call(r,u,++a,this);return this},eachBefore:function(n,r){for(var t,e,i=this,u=[i],o=-1;i=u.pop();)if(n.call(r,i,++o,this),t=i.children)for(e=t.length-1;e>=0;--e)u.push(t[e]);return this},find:function(n,r){let t=-1;for(const e of this)if(n.call(r,e,++t,this))return e},sum:function(n){return this.eachAfter(function(r){for(var t=+n(r.data)||0,e=r.children,i=e&&e.length;--i>=0;)t+=e[i].value;r.value=t})},sort:function(n){return this.eachBefore(function(r){r.children&&r.children.sort(n)})},path:function(n){for(var r=this,t=function(n,r){if(n===r)return n;var t=n.ancestors(),e=r.ancestors(),i=null;n=t.pop(),r=e.pop();for(;n===r;)i=n,n=t.pop(),r=e.pop();return i}(r,n),e=[r];r!==t;)r=r.parent,e.push(r);for(var i=e.length;n!==t;)e.splice(i,0,n),n=n.parent;return e},ancestors:function(){for(var n=this,r=[n];n=n.parent;)r.push(n);return r},descendants:function(){return Array.from(this)},leaves:function(){var n=[];return this.eachBefore(function(r){r.children||n.push(r)}),n},links:function(){var n=this,r=[];return n.each(function(t){t!==n&&r.push({source:t.parent,target:t})}),r},copy:function(){return u(this).eachBefore(a)},[Symbol.iterator]:function*(){var n,r,t,e,i=this,u=[i];do{for(n=u.reverse(),u=[];i=n.pop();)if(yield i,r=i.children)for(t=0,e=r.length;t<e;++t)u.push(r[t])}while(u.length)}};const v=4294967296;function x(){let n=1;return()=>(n=(1664525*n+1013904223)%v)/v}function y(n,r){for(var t,e,i=0,u=(n=function(n,r){let t,e,i=n.length;for(;i;)e=r()*i--|0,t=n[i],n[i]=n[e],n[e]=t;return n}(Array.from(n),r)).length,o=[];i<u;)t=n[i],e&&w(e,t)?++i:(e=M(o=g(o,t)),i=0);return e}function g(n,r){var t,e;if(_(r,n))return[r];for(t=0;t<n.length;++t)if(m(r,n[t])&&_(z(n[t],r),n))return[n[t],r];for(t=0;t<n.length-1;++t)for(e=t+1;e<n.length;++e)if(m(z(n[t],n[e]),r)&&m(z(n[t],r),n[e])&&m(z(n[e],r),n[t])&&_(B(n[t],n[e],r),n))return[n[t],n[e],r];throw new Error}function m(n,r){var t=n.r-r.r,e=r.x-n.x,i=r.y-n.y;return t<0||t*t<e*e+i*i}function w(n,r){var t=n.r-r.r+1e-9*Math.max(n.r,r.r,1),e=r.x-n.x,i=r.y-n.y;return t>0&&t*t>e*e+i*i}function _(n,r){for(var t=0;t<r.length;++t)if(!w(n,r[t]))return!1;return!0}function M(n){switch(n.length){case 1:return function(n){return{x:n.x,y:n.y,r:n.r}}(n[0]);case 2:return z(n[0],n[1]);case 3:return B(n[0],n[1],n[2])}}function z(n,r){var t=n.x,e=n.y,i=n.r,u=r.x,o=r.y,f=r.r,a=u-t,c=o-e,h=f-i,l=Math.sqrt(a*a+c*c);return{x:(t+u+a/l*h)/2,y:(e+o+c/l*h)/2,r:(l+i+f)/2}}function B(n,r,t){var e=n.x,i=n.y,u=n.r,o=r.x,f=r.y,a=r.r,c=t.x,h=t.y,l=t.r,p=e-o,d=e-c,s=i-f,v=i-h,x=a-u,y=l-u,g=e*e+i*i-u*u,m=g-o*o-f*f+a*a,w=g-c*c-h*h+l*l,_=d*s-p*v,M=(s*w-v*m)/(2*_)-e,z=(v*x-s*y)/_,B=(d*m-p*w)/(2*_)-i,A=(p*y-d*x)/_,b=z*z+A*A-1,q=2*(u+M*z+B*A),E=M*M+B*B-u*u,S=-(Math.abs(b)>1e-6?(q+Math.sqrt(q*q-4*b*E))/(2*b):E/q);return{x:e+M+z*S,y:i+B+A*S,r:S}}function A(n,r,t){var e,i,u,o,f=n.x-r.x,a=n.y-r.y,c=f*f+a*a;c?(i=r.r+t.r,i*=i,o=n.r+t.r,i>(o*=o)?(e=(c+o-i)/(2*c),u=Math.sqrt(Math.max(0,o/c-e*e)),t.x=n.x-e*f-u*a,t.y=n.y-e*a+u*f):(e=(c+i-o)/(2*c),u=Math.sqrt(Math.max(0,i/c-e*e)),t.x=r.x+e*f-u*a,t.y=r.y+e*a+u*f)):(t.x=r.x+t.r,t.y=r.y)}function b(n,r){var t=n.r+r.r-1e-6,e=r.x-n.x,i=r.y-n.y;return t>0&&t*t>e*e+i*i}function q(n){var r=n._,t=n.next._,e=r.r+t.r,i=(r.x*t.r+t.x*r.r)/e,u=(r.y*t.r+t.y*r.r)/e;return i*i+u*u}function Node(n){this._=n,this.next=null,this.previous=null}function E(n,r){if(!(o=(t=n,n="object"==typeof t&&"length"in t?t:Array.from(t)).length))return 0;var t,e,i,u,o,f,a,c,h,l,p,d;if((e=n[0]).x=0,e.y=0,!(o>1))return e.r;if(i=n[1],e.x=-i.r,i.x=e.r,i.y=0,!(o>2))return e.r+i.r;A(i,e,u=n[2]),e=new Node(e),i=new Node(i),u=new Node(u),e.next=u.previous=i,i.next=e.previous=u,u.next=i.previous=e;n:for(c=3;c<o;++c){A(e._,i._,u=n[c]),u=new Node(u),h=i.next,l=e.previous,p=i._.r,d=e._.r;do{if(p<=d){if(b(h._,u._)){i=h,e.next=i,i.previous=e,--c;continue n}p+=h._.r,h=h.next}else{if(b(l._,u._)){(e=l).next=i,i.previous=e,--c;continue n}d+=l._.r,l=l.previous}}while(h!==l.next);for(u.previous=e,u.next=i,e.next=i.previous=i=u,f=q(e);(u=u.next)!==i;)(a=q(u))<f&&(e=u,f=a);i=e.next}for(e=[i._],u=i;(u=u.next)!==i;)e.push(u._);for(u=y(e,r),c=0;c<o;++c)(e=n[c]).x-=u.x,e.y-=u.y;return u.r}function S(n){return Math.sqrt(n.value)}function k(n){return function(r){r.children||(r.r=Math.max(0,+n(r)||0))}}function I(n,r,t){return function(e){if(i=e.children){var i,u,o,f=i.length,a=n(e)*r||0;if(a)for(u=0;u<f;++u)i[u].r+=a;if(o=E(i,t),a)for(u=0;u<f;++u)i[u].r-=a;e.r=o+a}}}function T(n){return function(r){var t=r.parent;r.r*=n,t&&(r.x=t.x+n*r.x,r.y=t.y+n*r.y)}}function j(n){n.x0=Math.round(n.x0),n.y0=Math.round(n.y0),n.x1=Math.round(n.x1),n.y1=Math.round(n.y1)}function O(n,r,t,e,i){for(var u,o=n.children,f=-1,a=o.length,c=n.value&&(e-r)/n.value;++f<a;)(u=o[f]).y0=t,u.y1=i,u.x0=r,u.x1=r+=u.value*c}var R={depth:-1},D={},L={};function $(n){return n.id}function N(n){return n.parentId}function C(n){let r=n.length;if(r<2)return"";for(;--r>1&&!F(n,r););return n.slice(0,r)}function F(n,r){if("/"===n[r]){let t=0;for(;r>0&&"\\\\"===n[--r];)++t;if(!(1&t))return!0}return!1}function G(n,r){return n.parent===r.parent?1:2}function H(n){var r=n.children;return r?r[0]:n.t}function J(n){var r=n.children;return r?r[r.length-1]:n.t}function K(n,r,t){var e=t/(r.i-n.i);r.c-=e,r.s+=t,n.c+=e,r.z+=t,r.m+=t}function P(n,r,t){return n.a.parent===r.parent?n.a:t}function Q(n,r){this._=n,this.parent=null,this.children=null,this.A=null,this.a=this,this.z=0,this.m=0,this.c=0,this.s=0,this.t=null,this.i=r}function U(n,r,t,e,i){for(var u,o=n.children,f=-1,a=o.length,c=n.value&&(i-t)/n.value;++f<a;)(u=o[f]).x0=r,u.x1=e,u.y0=t,u.y1=t+=u.value*c}Q.prototype=Object.create(h.prototype);var V=(1+Math.sqrt(5))/2;function W(n,r,t,e,i,u){for(var o,f,a,c,h,l,p,d,s,v,x,y=[],g=r.children,m=0,w=0,_=g.length,M=r.value;m<_;){a=i-t,c=u-e;do{h=g[w++].value}while(!h&&w<_);for(l=p=h,x=h*h*(v=Math.max(c/a,a/c)/(M*n)),s=Math.max(p/x,x/l);w<_;++w){if(h+=f=g[w].value,f<l&&(l=f),f>p&&(p=f),x=h*h*v,(d=Math.max(p/x,x/l))>s){h-=f;break}s=d}y.push(o={value:h,dice:a<c,children:g.slice(m,w)}),o.dice?O(o,t,e,i,M?e+=c*h/M:u):U(o,t,e,M?t+=a*h/M:i,u),M-=h,m=w}return y}var X=function n(r){function t(n,t,e,i,u){W(r,n,t,e,i,u)}return t.ratio=function(r){return n((r=+r)>1?r:1)},t}(V);var Y=function n(r){function t(n,t,e,i,u){if((o=n._squarify)&&o.ratio===r)for(var o,f,a,c,h,l=-1,p=o.length,d=n.value;++l<p;){for(a=(f=o[l]).children,c=f.value=0,h=a.length;c<h;++c)f.value+=a[c].value;f.dice?O(f,t,e,i,d?e+=(u-e)*f.value/d:u):U(f,t,e,d?t+=(i-t)*f.value/d:i,u),d-=f.value}else n._squarify=o=W(r,n,t,e,i,u),o.ratio=r}return t.ratio=function(r){return n((r=+r)>1?r:1)},t}(V);n.Node=h,n.cluster=function(){var n=r,i=1,u=1,o=!1;function f(r){var f,a=0;r.eachAfter(function(r){var i=r.children;i?(r.x=function(n){return n.reduce(t,0)/n.length}(i),r.y=function(n){return 1+n.reduce(e,0)}(i)):(r.x=f?a+=n(r,f):0,r.y=0,f=r)});var c=function(n){for(var r;r=n.children;)n=r[0];return n}(r),h=function(n){for(var r;r=n.children;)n=r[r.length-1];return n}(r),l=c.x-n(c,h)/2,p=h.x+n(h,c)/2;return r.eachAfter(o?function(n){n.x=(n.x-r.x)*i,n.y=(r.y-n.y)*u}:function(n){n.x=(n.x-l)/(p-l)*i,n.y=(1-(r.y?n.y/r.y:1))*u})}return f.separation=function(r){return arguments.length?(n=r,f):n},f.size=function(n){return arguments.length?(o=!1,i=+n[0],u=+n[1],f):o?null:[i,u]},f.nodeSize=function(n){return arguments.length?(o=!0,i=+n[0],u=+n[1],f):o?[i,u]:null},f},n.hierarchy=u,n.pack=function(){var n=null,r=1,t=1,e=d;function i(i){const u=x();return i.x=r/2,i.y=t/2,n?i.eachBefore(k(n)).eachAfter(I(e,.5,u)).eachBefore(T(1)):i.eachBefore(k(S)).eachAfter(I(d,1,u)).eachAfter(I(e,i.r/Math.min(r,t),u)).eachBefore(T(Math.min(r,t)/(2*i.r))),i}return i.radius=function(r){return arguments.length?(n=l(r),i):n},i.size=function(n){return arguments.length?(r=+n[0],t=+n[1],i):[r,t]},i.padding=function(n){return arguments.length?(e="function"==typeof n?n:s(+n),i):e},i},n.packEnclose=function(n){return y(n,x())},n.packSiblings=function(n){return E(n,x()),n},n.partition=function(){var n=1,r=1,t=0,e=!1;function i(i){var u=i.height+1;return i.x0=i.y0=t,i.x1=n,i.y1=r/u,i.eachBefore(function(n,r){return function(e){e.children&&O(e,e.x0,n*(e.depth+1)/r,e.x1,n*(e.depth+2)/r);var i=e.x0,u=e.y0,o=e.x1-t,f=e.y1-t;o<i&&(i=o=(i+o)/2),f<u&&(u=f=(u+f)/2),e.x0=i,e.y0=u,e.x1=o,e.y1=f}}(r,u)),e&&i.eachBefore(j),i}return i.round=function(n){return arguments.length?(e=!!n,i):e},i.size=function(t){return arguments.length?(n=+t[0],r=+t[1],i):[n,r]},i.padding=function(n){return arguments.length?(t=+n,i):t},i},n.stratify=function(){var n,r=$,t=N;function e(e){var i,u,o,f,a,l,p,d,s=Array.from(e),v=r,x=t,y=new Map;if(null!=n){const r=s.map((r,t)=>function(n){n=`${n}`;let r=n.length;F(n,r-1)&&!F(n,r-2)&&(n=n.slice(0,-1));return"/"===n[0]?n:`/${n}`}(n(r,t,e))),t=r.map(C),i=new Set(r).add("");for(const n of t)i.has(n)||(i.add(n),r.push(n),t.push(C(n)),s.push(L));v=(n,t)=>r[t],x=(n,r)=>t[r]}for(o=0,i=s.length;o<i;++o)u=s[o],l=s[o]=new h(u),null!=(p=v(u,o,e))&&(p+="")&&(d=l.id=p,y.set(d,y.has(d)?D:l)),null!=(p=x(u,o,e))&&(p+="")&&(l.parent=p);for(o=0;o<i;++o)if(p=(l=s[o]).parent){if(!(a=y.get(p)))throw new Error("missing: "+p);if(a===D)throw new Error("ambiguous: "+p);a.children?a.children.push(l):a.children=[l],l.parent=a}else{if(f)throw new Error("multiple roots");f=l}if(!f)throw new Error("no root");if(null!=n){for(;f.data===L&&1===f.children.length;)f=f.children[0],--i;for(let n=s.length-1;n>=0&&(l=s[n]).data===L;--n)l.data=null}if(f.parent=R,f.eachBefore(function(n){n.depth=n.parent.depth+1,--i}).eachBefore(c),f.parent=null,i>0)throw new Error("cycle");return f}return e.id=function(n){return arguments.length?(r=l(n),e):r},e.parentId=function(n){return arguments.length?(t=l(n),e):t},e.path=function(r){return arguments.length?(n=l(r),e):n},e},n.tree=function(){var n=G,r=1,t=1,e=null;function i(i){var a=function(n){for(var r,t,e,i,u,o=new Q(n,0),f=[o];r=f.pop();)if(e=r._.children)for(r.children=new Array(u=e.length),i=u-1;i>=0;--i)f.push(t=r.children[i]=new Q(e[i],i)),t.parent=r;return(o.parent=new Q(null,0)).children=[o],o}(i);if(a.eachAfter(u),a.parent.m=-a.z,a.eachBefore(o),e)i.eachBefore(f);else{var c=i,h=i,l=i;i.eachBefore(function(n){n.x<c.x&&(c=n),n.x>h.x&&(h=n),n.depth>l.depth&&(l=n)});var p=c===h?1:n(c,h)/2,d=p-c.x,s=r/(h.x+p+d),v=t/(l.depth||1);i.eachBefore(function(n){n.x=(n.x+d)*s,n.y=n.depth*v})}return i}function u(r){var t=r.children,e=r.parent.children,i=r.i?e[r.i-1]:null;if(t){!function(n){for(var r,t=0,e=0,i=n.children,u=i.length;--u>=0;)(r=i[u]).z+=t,r.m+=t,t+=r.s+(e+=r.c)}(r);var u=(t[0].z+t[t.length-1].z)/2;i?(r.z=i.z+n(r._,i._),r.m=r.z-u):r.z=u}else i&&(r.z=i.z+n(r._,i._));r.parent.A=function(r,t,e){if(t){for(var i,u=r,o=r,f=t,a=u.parent.children[0],c=u.m,h=o.m,l=f.m,p=a.m;f=J(f),u=H(u),f&&u;)a=H(a),(o=J(o)).a=r,(i=f.z+l-u.z-c+n(f._,u._))>0&&(K(P(f,r,e),r,i),c+=i,h+=i),l+=f.m,c+=u.m,p+=a.m,h+=o.m;f&&!J(o)&&(o.t=f,o.m+=l-h),u&&!H(a)&&(a.t=u,a.m+=c-p,e=r)}return e}(r,i,r.parent.A||e[0])}function o(n){n._.x=n.z+n.parent.m,n.m+=n.parent.m}function f(n){n.x*=r,n.y=n.depth*t}return i.separation=function(r){return arguments.length?(n=r,i):n},i.size=function(n){return arguments.length?(e=!1,r=+n[0],t=+n[1],i):e?null:[r,t]},i.nodeSize=function(n){return arguments.length?(e=!0,r=+n[0],t=+n[1],i):e?[r,t]:null},i},n.treemap=function(){var n=X,r=!1,t=1,e=1,i=[0],u=d,o=d,f=d,a=d,c=d;function h(n){return n.x0=n.y0=0,n.x1=t,n.y1=e,n.eachBefore(l),i=[0],r&&n.eachBefore(j),n}function l(r){var t=i[r.depth],e=r.x0+t,h=r.y0+t,l=r.x1-t,p=r.y1-t;l<e&&(e=l=(e+l)/2),p<h&&(h=p=(h+p)/2),r.x0=e,r.y0=h,r.x1=l,r.y1=p,r.children&&(t=i[r.depth+1]=u(r)/2,e+=c(r)-t,h+=o(r)-t,(l-=f(r)-t)<e&&(e=l=(e+l)/2),(p-=a(r)-t)<h&&(h=p=(h+p)/2),n(r,e,h,l,p))}return h.round=function(n){return arguments.length?(r=!!n,h):r},h.size=function(n){return arguments.length?(t=+n[0],e=+n[1],h):[t,e]},h.tile=function(r){return arguments.length?(n=p(r),h):n},h.padding=function(n){return arguments.length?h.paddingInner(n).paddingOuter(n):h.paddingInner()},h.paddingInner=function(n){return arguments.length?(u="function"==typeof n?n:s(+n),h):u},h.paddingOuter=function(n){return arguments.length?h.paddingTop(n).paddingRight(n).paddingBottom(n).paddingLeft(n):h.paddingTop()},h.paddingTop=function(n){return arguments.length?(o="function"==typeof n?n:s(+n),h):o},h.paddingRight=function(n){return arguments.length?(f="function"==typeof n?n:s(+n),h):f},h.paddingBottom=function(n){return arguments.length?(a="function"==typeof n?n:s(+n),h):a},h.paddingLeft=function(n){return arguments.length?(c="function"==typeof n?n:s(+n),h):c},h},n.treemapBinary=function(n,r,t,e,i){var u,o,f=n.children,a=f.length,c=new Array(a+1);for(c[0]=o=u=0;u<a;++u)c[u+1]=o+=f[u].value;!function n(r,t,e,i,u,o,a){if(r>=t-1){var h=f[r];return h.x0=i,h.y0=u,h.x1=o,void(h.y1=a)}var l=c[r],p=e/2+l,d=r+1,s=t-1;for(;d<s;){var v=d+s>>>1;c[v]<p?d=v+1:s=v}p-c[d-1]<c[d]-p&&r+1<d&&--d;var x=c[d]-l,y=e-x;if(o-i>a-u){var g=e?(i*y+o*x)/e:o;n(r,d,x,i,u,g,a),n(d,t,y,g,u,o,a)}else{var m=e?(u*y+a*x)/e:a;n(r,d,x,i,u,o,m),n(d,t,y,i,m,o,a)}}(0,a,n.value,r,t,e,i)},n.treemapDice=O,n.treemapResquarify=Y,n.treemapSlice=U,n.treemapSliceDice=function(n,r,t,e,i){(1&n.depth?U:O)(n,r,t,e,i)},n.treemapSquarify=X});\n';
}

// src/reporters/html-assets/page-script.ts
var PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ctx-audit-data').textContent);
  var STATUS_LABEL = {
    used: 'used by a COPY/ADD/bind source',
    unused: 'not used by any COPY/ADD/bind source',
    secret: 'secret (CTX201/CTX202)',
    oversized: 'oversized (CTX001)',
    build: 'Dockerfile or ignore file',
    sent: 'sent (use unknown: Dockerfile not analysed)',
    excluded: 'kept out by the ignore file'
  };
  var STATUS_ORDER = ['secret', 'oversized', 'used', 'unused', 'build', 'sent', 'excluded'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function num(n) { return Number(n).toLocaleString('en-US'); }
  function human(n) {
    var units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
    var i = 0;
    while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
    // ctx-audit's one unit style: docker's rounding (4 significant digits), a space, the unit.
    return (i === 0 ? String(n) : String(Number(n.toPrecision(4)))) + ' ' + units[i];
  }
  function plural(n, word) { return num(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function hasKids(n) { return !!(n.children && n.children.length); }

  // ---- tooltip -------------------------------------------------------------------------------
  var tip = document.getElementById('tip');
  var tipFor = null;
  function describe(n, tree) {
    if (n.kind === 'group') return plural(n.items, 'smaller item') + ', each under ' + (data.limits.minShare * 100) + '% of this directory, drawn as one';
    if (n.kind === 'collapsed') return 'directory; its contents are not drawn (the page keeps at most ' + num(tree.maxNodes) + ' rectangles)';
    if (n.kind === 'dir') return hasKids(n) ? 'directory' : (tree.name === 'excluded' ? 'directory, excluded as a whole' : 'directory');
    var what = n.kind === 'link' ? 'link' : n.kind === 'other' ? 'special file' : 'file';
    return what + ' \u00b7 ' + STATUS_LABEL[n.status];
  }
  function showTip(n, tree, x, y) {
    if (tipFor !== n) {
      tipFor = n;
      tip.textContent = '';
      tip.appendChild(el('div', 'p', tree.pathOf(n)));
      tip.appendChild(el('div', 'm', describe(n, tree)));
      var size = tree.name === 'excluded'
        ? human(n.bytes) + ' of content kept out (' + num(n.bytes) + ' bytes)'
        : human(n.bytes) + ' in the tar (' + num(n.bytes) + ' bytes)';
      tip.appendChild(el('div', 'm', size + ' \u00b7 ' + plural(n.files, 'file')));
      if (n.findings.length) {
        var ul = el('ul');
        n.findings.slice(0, 6).forEach(function (i) {
          var f = data.findings[i];
          ul.appendChild(el('li', null, f.ruleId + ' ' + f.name + ': ' + f.message));
        });
        if (n.findings.length > 6) ul.appendChild(el('li', null, plural(n.findings.length - 6, 'more finding')));
        tip.appendChild(ul);
      }
    }
    tip.style.display = 'block';
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8);
    var top = y + 16 + h > window.innerHeight ? y - h - 10 : y + 16;
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  }
  function hideTip() { tip.style.display = 'none'; tipFor = null; }

  // ---- treemap -------------------------------------------------------------------------------
  function makeTreemap(root, name, mapEl, crumbsEl, rootLabel, maxNodes) {
    var parentOf = new Map();
    var byId = new Map();
    (function index() {
      var stack = [root];
      byId.set(root.id, root);
      while (stack.length) {
        var n = stack.pop();
        (n.children || []).forEach(function (c) { parentOf.set(c, n); byId.set(c.id, c); stack.push(c); });
      }
    })();
    var current = root;
    var cells = new Map();
    var nodeOf = new WeakMap();
    var tree = {
      name: name,
      maxNodes: maxNodes,
      pathOf: function (n) {
        var parts = [];
        for (var p = n; p && p !== root; p = parentOf.get(p)) parts.unshift(p.kind === 'group' ? '(' + p.name + ')' : p.name);
        if (!parts.length) return rootLabel;
        return parts.join('/') + (hasKids(n) || n.kind === 'collapsed' ? '/' : '');
      }
    };

    function render() {
      mapEl.textContent = '';
      cells = new Map();
      hideTip();
      var W = mapEl.clientWidth, H = mapEl.clientHeight;
      if (!hasKids(current) || W < 10 || H < 10) {
        mapEl.appendChild(el('div', 'empty', hasKids(current) ? '' : 'Nothing to draw here.'));
        return;
      }
      var h = d3.hierarchy(current, function (d) { return d.children; })
        .sum(function (d) { return hasKids(d) ? 0 : Math.max(d.bytes, 1); })
        .sort(function (a, b) { return b.value - a.value || a.data.id - b.data.id; });
      // A directory gets a header line for its name when there is room for one.
      var header = function (d) { return d.depth > 0 && d.x1 - d.x0 >= 48 && d.y1 - d.y0 >= 40 ? 17 : d.depth > 0 ? 3 : 0; };
      d3.treemap().tile(d3.treemapSquarify).size([W, H]).round(true)
        .paddingInner(2).paddingTop(header)
        .paddingRight(function (d) { return d.depth > 0 ? 3 : 0; })
        .paddingBottom(function (d) { return d.depth > 0 ? 3 : 0; })
        .paddingLeft(function (d) { return d.depth > 0 ? 3 : 0; })(h);
      var drawn = new Set([h]);
      h.descendants().forEach(function (d) {
        if (d.depth === 0 || !drawn.has(d.parent)) return;
        var w = d.x1 - d.x0, ht = d.y1 - d.y0;
        if (w < 3 || ht < 3) return;
        drawn.add(d);
        var n = d.data;
        var frame = hasKids(n);
        var cls = 'cell ' + (frame ? 'dir' : 'leaf s-' + n.status);
        if (n.kind === 'group') cls += ' group';
        if (n.kind === 'collapsed') cls += ' collapsed';
        var c = el('div', cls);
        c.style.left = d.x0 + 'px';
        c.style.top = d.y0 + 'px';
        c.style.width = w + 'px';
        c.style.height = ht + 'px';
        c.tabIndex = d.depth === 1 ? 0 : -1;
        c.setAttribute('role', 'button');
        c.setAttribute('aria-label', tree.pathOf(n) + ', ' + human(n.bytes) + (n.findings.length ? ', ' + plural(n.findings.length, 'finding') : ''));
        c.setAttribute('data-id', String(n.id));
        if (frame ? header(d) > 3 : w >= 28 && ht >= 14) {
          c.appendChild(document.createTextNode(n.name));
          if (frame || ht >= 30) c.appendChild(el('span', 'sz', human(n.bytes)));
        }
        nodeOf.set(c, n);
        cells.set(n.id, c);
        mapEl.appendChild(c);
      });
    }

    function renderCrumbs() {
      crumbsEl.textContent = '';
      var chain = [];
      for (var p = current; p; p = parentOf.get(p)) chain.unshift(p);
      chain.forEach(function (n, i) {
        var label = n === root ? rootLabel : n.name;
        if (i > 0) crumbsEl.appendChild(el('span', 'sep', '/'));
        if (n === current) {
          var here = el('span', 'here', label);
          here.setAttribute('aria-current', 'location');
          crumbsEl.appendChild(here);
        } else {
          var b = el('button', null, label);
          b.type = 'button';
          b.addEventListener('click', function () { zoomTo(n); focusFirst(); });
          crumbsEl.appendChild(b);
        }
      });
      crumbsEl.appendChild(el('span', 'hint', human(current.bytes) + ' \u00b7 click or Enter to zoom in, Esc or Backspace to go up'));
    }

    function zoomTo(n) {
      current = n;
      render();
      renderCrumbs();
    }
    function focusFirst() {
      var first = mapEl.querySelector('.cell');
      if (first) first.focus();
    }
    function up() {
      var p = parentOf.get(current);
      if (!p) return false;
      var from = current;
      zoomTo(p);
      var c = cells.get(from.id);
      if (c) c.focus(); else focusFirst();
      return true;
    }
    function activate(n, cell) {
      if (hasKids(n)) { zoomTo(n); focusFirst(); return; }
      var p = parentOf.get(n);
      if (p && p !== current) {
        zoomTo(p);
        var c = cells.get(n.id);
        if (c) c.focus();
      } else if (cell) {
        cell.focus();
      }
    }

    mapEl.addEventListener('click', function (ev) {
      var c = ev.target.closest('.cell');
      if (c && nodeOf.has(c)) activate(nodeOf.get(c), c);
    });
    mapEl.addEventListener('mousemove', function (ev) {
      var c = ev.target.closest('.cell');
      if (c && nodeOf.has(c)) showTip(nodeOf.get(c), tree, ev.clientX, ev.clientY); else hideTip();
    });
    mapEl.addEventListener('mouseleave', hideTip);
    mapEl.addEventListener('focusin', function (ev) {
      var c = ev.target.closest('.cell');
      if (!c || !nodeOf.has(c)) return;
      var r = c.getBoundingClientRect();
      showTip(nodeOf.get(c), tree, r.left + Math.min(r.width / 2, 40), r.top + Math.min(r.height, 24));
    });
    mapEl.addEventListener('focusout', hideTip);
    mapEl.parentNode.addEventListener('keydown', function (ev) {
      var c = ev.target.closest && ev.target.closest('.cell');
      if ((ev.key === 'Enter' || ev.key === ' ') && c && nodeOf.has(c)) {
        ev.preventDefault();
        activate(nodeOf.get(c), c);
      } else if (ev.key === 'Escape' || ev.key === 'Backspace') {
        if (up()) ev.preventDefault();
      }
    });

    zoomTo(root);
    return {
      render: render,
      reveal: function (id) {
        var n = byId.get(id);
        if (!n) return;
        var p = parentOf.get(n);
        zoomTo(p || n);
        if (!cells.has(n.id) && hasKids(n)) zoomTo(n);
        var c = cells.get(n.id);
        mapEl.scrollIntoView({ block: 'center' });
        if (c) { c.classList.add('hl'); c.focus({ preventScroll: true }); } else focusFirst();
      }
    };
  }

  // ---- page ----------------------------------------------------------------------------------
  var s = data.summary;
  document.title = 'ctx-audit: ' + (s.legacyRefusedBy ? (s.buildkit && s.buildkit.figure ? s.buildkit.figure + ' (BuildKit)' : 'refused by the legacy builder') : s.dockerFigure) + ' build context \u00b7 ' + data.root;
  document.getElementById('root').textContent =
    data.root + ' \u00b7 Dockerfile: ' + data.dockerfile + ' \u00b7 ignore file: ' + (data.ignoreFile || 'none') + ' \u00b7 builder: ' + data.builder;

  var cards = document.getElementById('cards');
  function card(k, v, d) {
    var c = el('div', 'card');
    c.appendChild(el('div', 'k', k));
    c.appendChild(el('div', 'v', v));
    if (d) c.appendChild(el('div', 'd', d));
    cards.appendChild(c);
  }
  var counts = { error: 0, warning: 0, info: 0 };
  data.findings.forEach(function (f) { counts[f.severity]++; });
  if (s.legacyRefusedBy) card('Legacy (DOCKER_BUILDKIT=0)', 'refused', s.legacyRefusedBy);
  else card('Legacy tar (DOCKER_BUILDKIT=0)', s.dockerFigure, num(s.tarBytes) + ' bytes \u00b7 ' + plural(s.entries, 'entry').replace(/entrys$/, 'entries'));
  if (s.compressed) card('Legacy with --compress', s.compressed.figure, s.compressed.bytes + ' of gzip \u00b7 BuildKit ignores --compress');
  if (s.buildkit) {
    card('BuildKit requests', s.buildkit.usesContext ? human(s.buildkit.requestedBytes) : '0 B',
      s.buildkit.usesContext ? plural(s.buildkit.requestedFiles, 'file') + ' of content, of ' + human(s.buildkit.eligibleBytes) + ' eligible' : 'no stage reads the context');
    card('BuildKit prints', s.buildkit.figure || 'nothing', (s.buildkit.figure ? 'transferring context' : 'no context transfer') +
      (s.buildkit.dockerignoreFigure ? ' \u00b7 ' + s.buildkit.dockerignoreFigure + ' loading .dockerignore' : '') + ' \u00b7 xattrs not counted');
  } else {
    card('BuildKit requests', 'n/a', 'the Dockerfile could not be analysed');
  }
  card('Files sent', num(s.files), human(s.contentBytes) + ' of content');
  if (s.excluded.bytes === null) card('Kept out by ' + (data.ignoreFile || '.dockerignore'), 'not measured', plural(s.excluded.unmeasuredDirectories, 'directory').replace(/directorys$/, 'directories') + ' not looked inside (--measure-excluded)');
  else card('Kept out by ' + (data.ignoreFile || '.dockerignore'), human(s.excluded.bytes), plural(s.excluded.files, 'file') + ' \u00b7 ' + plural(s.excluded.entries, 'entry').replace(/entrys$/, 'entries'));
  card('Findings', num(data.findings.length + data.findingsOmitted), plural(counts.error, 'error') + ' \u00b7 ' + plural(counts.warning, 'warning') + ' \u00b7 ' + counts.info + ' info');

  var excludedBytes = s.excluded.bytes || 0;
  var total = s.contentBytes + excludedBytes;
  var bar = document.getElementById('savebar');
  var sentPart = el('div', 's');
  var exPart = el('div', 'x');
  sentPart.style.width = (total ? (100 * s.contentBytes) / total : 100) + '%';
  exPart.style.width = (total ? (100 * excludedBytes) / total : 0) + '%';
  bar.appendChild(sentPart);
  bar.appendChild(exPart);
  document.getElementById('savecap').textContent = s.excluded.bytes === null
    ? human(s.contentBytes) + ' of file content is sent; what the ignore file keeps out was not measured.'
    : s.excluded.bytes > 0
    ? 'Of ' + human(total) + ' of file content in the directory, ' + human(s.contentBytes) + ' is sent and ' + human(s.excluded.bytes) + ' (' + Math.round((100 * s.excluded.bytes) / total) + '%) is kept out by the ignore file.'
    : 'The ignore file keeps nothing out: all ' + human(s.contentBytes) + ' of file content is sent.';

  var legend = document.getElementById('legend');
  STATUS_ORDER.forEach(function (st) {
    var b = st === 'excluded' ? (data.excluded ? excludedBytes : 0) : data.statusBytes[st];
    if (!b) return;
    var item = el('span');
    item.appendChild(el('span', 'sw s-' + st));
    item.appendChild(document.createTextNode(STATUS_LABEL[st] + ' \u00b7 ' + human(b)));
    legend.appendChild(item);
  });

  var maps = {};
  maps.sent = makeTreemap(data.sent, 'sent', document.getElementById('map-sent'), document.getElementById('crumbs-sent'), 'context', data.limits.maxNodes);
  var exSection = document.getElementById('excluded');
  if (data.excluded) {
    maps.excluded = makeTreemap(data.excluded, 'excluded', document.getElementById('map-excluded'), document.getElementById('crumbs-excluded'), 'excluded', data.limits.maxExcludedNodes);
  } else {
    exSection.hidden = true;
  }

  var tbody = document.getElementById('findings-body');
  data.findings.forEach(function (f) {
    var tr = el('tr');
    tr.appendChild(el('td', 'sev sev-' + f.severity, f.severity));
    var rule = el('td');
    rule.appendChild(el('div', null, f.ruleId));
    rule.appendChild(el('div', 'd', f.name));
    tr.appendChild(rule);
    var where = el('td', 'where');
    if (f.path !== null && f.target) {
      var b = el('button', null, f.path === '.' ? './ (context root)' : f.path);
      b.type = 'button';
      b.setAttribute('data-tree', f.target.tree);
      b.setAttribute('data-target', String(f.target.id));
      b.addEventListener('click', function () { maps[f.target.tree].reveal(f.target.id); });
      where.appendChild(b);
    } else if (f.path !== null) {
      where.appendChild(el('div', null, f.path));
    }
    if (f.location) where.appendChild(el('div', 'd', f.location));
    tr.appendChild(where);
    tr.appendChild(el('td', 'msg', f.message));
    tbody.appendChild(tr);
  });
  if (!data.findings.length) {
    var tr = el('tr');
    var td = el('td', null, 'No findings.');
    td.colSpan = 4;
    tr.appendChild(td);
    tbody.appendChild(tr);
  }
  if (data.findingsOmitted > 0) {
    document.getElementById('findings-more').textContent = plural(data.findingsOmitted, 'more finding') + ' not shown; see --format json.';
  }
  document.getElementById('footer').textContent = 'ctx-audit ' + data.tool.version +
    '. Areas are bytes in the legacy tar (content bytes for what is kept out). Items under ' + (data.limits.minShare * 100) +
    '% of their directory are merged, and at most ' + num(data.limits.maxNodes) + ' rectangles are kept.';

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      Object.keys(maps).forEach(function (k) { maps[k].render(); });
    });
  });
  document.body.setAttribute('data-ready', 'true');
})();
`;

// src/reporters/html-assets/page-style.ts
var PAGE_STYLE = String.raw`
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --fg: #1c2026; --muted: #5a6270; --card: #ffffff; --line: #d5dae1;
  --dir-bg: #e6e9ee; --dir-line: #b9c0ca; --dir-fg: #222831;
  --focus: #0a58ca; --link: #0b57b0; --hl: #ffcc00;
  --used: #2f6cc4; --used-fg: #ffffff;
  --unused: #9aa3b0; --unused-fg: #11151a;
  --secret: #c62828; --secret-fg: #ffffff;
  --oversized: #f0a030; --oversized-fg: #11151a;
  --build: #7650a8; --build-fg: #ffffff;
  --sent: #3d6f96; --sent-fg: #ffffff;
  --excluded: #d3d8df; --excluded-fg: #2a2f36; --excluded-stripe: #c1c7d0;
  --error: #b42318; --warning: #a15c00; --info: #2f6cc4;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181d; --fg: #e4e7ec; --muted: #9aa3af; --card: #1e2228; --line: #353b45;
    --dir-bg: #23272e; --dir-line: #444c58; --dir-fg: #dde2e8;
    --focus: #7cb3ff; --link: #8ab8ff; --hl: #ffd84d;
    --used: #3b78cf; --used-fg: #ffffff;
    --unused: #6b7585; --unused-fg: #ffffff;
    --secret: #d14343; --secret-fg: #ffffff;
    --oversized: #e0982e; --oversized-fg: #11151a;
    --build: #8a64c2; --build-fg: #ffffff;
    --sent: #4a7ea6; --sent-fg: #ffffff;
    --excluded: #353b44; --excluded-fg: #d6dbe2; --excluded-stripe: #2c3139;
    --error: #ff7b72; --warning: #e3a33b; --info: #7cb3ff;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1400px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 4px 0 2px; }
h2 { font-size: 16px; margin: 26px 0 8px; }
.sub { color: var(--muted); margin: 0 0 14px; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 10px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .k { color: var(--muted); font-size: 12px; }
.card .v { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .d { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.savebar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; margin: 12px 0 4px; border: 1px solid var(--line); }
.savebar .s { background: var(--sent); }
.savebar .x { background: repeating-linear-gradient(135deg, var(--excluded) 0 6px, var(--excluded-stripe) 6px 12px); }
.savecap { color: var(--muted); font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0; font-size: 13px; }
.legend span.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.2); }
.crumbs { display: flex; flex-wrap: wrap; align-items: center; gap: 2px; min-height: 30px; margin: 4px 0 6px; font-size: 13px; }
.crumbs button { font: inherit; color: var(--link); background: none; border: 0; padding: 3px 5px; border-radius: 4px; cursor: pointer; max-width: 40ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.crumbs button:hover { text-decoration: underline; }
.crumbs button:focus-visible { outline: 2px solid var(--focus); }
.crumbs .sep { color: var(--muted); }
.crumbs .here { font-weight: 600; padding: 3px 5px; max-width: 50ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.crumbs .hint { margin-left: auto; color: var(--muted); font-size: 12px; }
.map { position: relative; width: 100%; height: min(66vh, 640px); min-height: 320px; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; user-select: none; }
.map.small { height: 200px; min-height: 160px; }
.cell { position: absolute; overflow: hidden; cursor: pointer; font-size: 11px; line-height: 14px; padding: 1px 4px; white-space: nowrap; text-overflow: ellipsis; border-radius: 2px; }
.cell.dir { background: var(--dir-bg); border: 1px solid var(--dir-line); color: var(--dir-fg); font-weight: 600; }
.cell.leaf { border: 1px solid rgba(0,0,0,.18); }
.cell .sz { font-weight: 400; opacity: .85; margin-left: 6px; }
.cell.leaf .sz { display: block; margin-left: 0; }
.cell:focus { outline: 3px solid var(--focus); outline-offset: -3px; z-index: 5; }
.cell.hl { outline: 3px solid var(--hl); outline-offset: -3px; z-index: 4; }
.cell:hover { filter: brightness(1.08); }
.cell.group { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.16) 0 4px, transparent 4px 9px); }
.cell.collapsed { background-image: repeating-linear-gradient(90deg, rgba(255,255,255,.14) 0 2px, transparent 2px 7px); }
.s-used { background-color: var(--used); color: var(--used-fg); }
.s-unused { background-color: var(--unused); color: var(--unused-fg); }
.s-secret { background-color: var(--secret); color: var(--secret-fg); }
.s-oversized { background-color: var(--oversized); color: var(--oversized-fg); }
.s-build { background-color: var(--build); color: var(--build-fg); }
.s-sent { background-color: var(--sent); color: var(--sent-fg); }
.s-excluded { background: repeating-linear-gradient(135deg, var(--excluded) 0 6px, var(--excluded-stripe) 6px 12px); color: var(--excluded-fg); }
.empty { padding: 20px; color: var(--muted); }
.tip { position: fixed; z-index: 50; max-width: min(460px, 92vw); background: var(--card); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 8px 10px; font-size: 12px; pointer-events: none; display: none; }
.tip .p { font-weight: 600; font-size: 13px; overflow-wrap: anywhere; white-space: pre-wrap; }
.tip .m { color: var(--muted); margin-top: 2px; }
.tip ul { margin: 6px 0 0; padding-left: 16px; }
.tip li { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12px; }
td.msg, td.where { overflow-wrap: anywhere; }
td.where button { font: inherit; color: var(--link); background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; overflow-wrap: anywhere; }
td.where button:focus-visible { outline: 2px solid var(--focus); }
.sev { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;

// src/reporters/html-data.ts
var STATUSES = ["secret", "oversized", "used", "unused", "build", "sent", "excluded"];
var SECRET_RULES = /* @__PURE__ */ new Set(["CTX201", "CTX202"]);
var OVERSIZED_RULES = /* @__PURE__ */ new Set(["CTX001"]);
var DEFAULT_HTML_LIMITS = { minShare: 1e-3, maxNodes: 3e3, maxExcludedNodes: 1e3, maxFindings: 2e3 };
function kindOf(k) {
  if (k === "dir") return "dir";
  if (k === "file") return "file";
  if (k === "excluded-dir") return "dir";
  if (k === "symlink" || k === "hardlink") return "link";
  return "other";
}
var baseName = (p) => p.slice(p.lastIndexOf("/") + 1);
var parentPath = (p) => p.lastIndexOf("/") < 0 ? "" : p.slice(0, p.lastIndexOf("/"));
function buildTree(items, defaultStatus) {
  const root = { name: ".", path: "", kind: "dir", bytes: 0, files: 0, status: defaultStatus, children: [], findings: null };
  const dirs = /* @__PURE__ */ new Map([["", root]]);
  const dirFor = (p) => {
    let d = dirs.get(p);
    if (d) return d;
    d = { name: baseName(p), path: p, kind: "dir", bytes: 0, files: 0, status: defaultStatus, children: [], findings: null };
    dirs.set(p, d);
    dirFor(parentPath(p)).children.push(d);
    return d;
  };
  for (const it of items) {
    if (it.kind === "dir") {
      dirFor(it.path).bytes += it.bytes;
      continue;
    }
    const node = { name: baseName(it.path), path: it.path, kind: kindOf(it.kind), bytes: it.bytes, files: it.files, status: defaultStatus, children: null, findings: null };
    dirFor(parentPath(it.path)).children.push(node);
  }
  sumTree(root);
  return root;
}
function sumTree(root) {
  const order = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    order.push(n);
    if (n.children) stack.push(...n.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (!n.children) continue;
    for (const c of n.children) {
      n.bytes += c.bytes;
      n.files += c.files;
    }
  }
}
function normalizeFindingPath(p) {
  if (p === "." || p === "./") return "";
  return p.endsWith("/") ? p.slice(0, -1) : p;
}
function attachFindings(root, located, statusOf) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of located) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const placed = /* @__PURE__ */ new Set();
  const stack = [{ node: root, text: "", secret: false }];
  while (stack.length > 0) {
    const { node, text, secret } = stack.pop();
    const own = byPath.size > 0 ? byPath.get(text) : void 0;
    let isSecret = secret;
    let isOversized = false;
    if (own) {
      byPath.delete(text);
      node.findings = own.map((f) => f.row);
      for (const f of own) placed.add(f.row);
      isSecret ||= own.some((f) => SECRET_RULES.has(f.ruleId));
      isOversized = own.some((f) => OVERSIZED_RULES.has(f.ruleId));
    }
    if (node.children) {
      for (const c of node.children) {
        const name = byteStringToText(c.name);
        stack.push({ node: c, text: text === "" ? name : text + "/" + name, secret: isSecret });
      }
    } else {
      node.status = isSecret ? "secret" : isOversized ? "oversized" : statusOf(node);
    }
  }
  return placed;
}
function dominantStatus(bytesByStatus, fallback) {
  if ((bytesByStatus.get("secret") ?? 0) > 0) return "secret";
  let best = fallback;
  let most = -1;
  for (const s of STATUSES) {
    const b = bytesByStatus.get(s);
    if (b !== void 0 && b > most) [best, most] = [s, b];
  }
  return best;
}
function compareNodes(a, b) {
  return b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
var LargestFirst = class {
  items = [];
  get size() {
    return this.items.length;
  }
  push(x) {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = i - 1 >> 1;
      if (compareNodes(a[p].full, a[i].full) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && compareNodes(a[l].full, a[m].full) < 0) m = l;
        if (r < a.length && compareNodes(a[r].full, a[m].full) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
};
function condenseTree(root, opts) {
  let nextId = 0;
  const view = (n) => ({
    id: nextId++,
    name: safeText(byteStringToText(n.name)),
    kind: n.kind,
    bytes: n.bytes,
    files: n.files,
    status: n.status,
    findings: n.findings ? [...n.findings] : []
  });
  const fold = (nodes, into) => {
    const byStatus = /* @__PURE__ */ new Map();
    const stack = [...nodes];
    into.findings = [];
    while (stack.length > 0) {
      const n = stack.pop();
      if (n.findings) into.findings.push(...n.findings);
      if (n.children) stack.push(...n.children);
      else byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + n.bytes);
    }
    into.status = dominantStatus(byStatus, root.status);
    into.findings.sort((a, b) => a - b);
  };
  const top = view(root);
  let budget = opts.maxNodes - 1;
  const queue = new LargestFirst();
  if (root.children && root.children.length > 0) queue.push({ full: root, view: top });
  while (queue.size > 0) {
    const { full, view: v } = queue.pop();
    const children = [...full.children].sort(compareNodes);
    const threshold = opts.minShare * full.bytes;
    let kept = children.findIndex((c) => c.bytes < threshold);
    if (kept < 0) kept = children.length;
    if (kept === children.length - 1) kept = children.length;
    const cost = kept + (kept < children.length ? 1 : 0);
    if (cost > budget) {
      v.kind = "collapsed";
      fold([full], v);
      continue;
    }
    budget -= cost;
    v.children = [];
    for (const c of children.slice(0, kept)) {
      const cv = view(c);
      v.children.push(cv);
      if (c.children && c.children.length > 0) queue.push({ full: c, view: cv });
    }
    if (kept < children.length) {
      const rest = children.slice(kept);
      const g = { id: nextId++, name: "", kind: "group", bytes: 0, files: 0, status: root.status, items: rest.length, findings: [] };
      for (const c of rest) {
        g.bytes += c.bytes;
        g.files += c.files;
      }
      g.name = `${formatCount(rest.length)} smaller items`;
      fold(rest, g);
      v.children.push(g);
    }
  }
  return top;
}
function* viewNodes(root) {
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    yield n;
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}
function findingRow(f) {
  return {
    ruleId: f.ruleId,
    name: f.name,
    severity: f.severity,
    message: safeText(f.message),
    path: f.path === void 0 ? null : safeText(f.path),
    location: f.file === void 0 ? null : safeText(f.file) + (f.line !== void 0 ? `:${f.line}` : ""),
    target: null
  };
}
function buildHtmlData(result, options = {}) {
  const limits = { ...DEFAULT_HTML_LIMITS, ...options };
  const ctx = result.context;
  const legacy = result.legacy;
  const shown = result.findings.slice(0, limits.maxFindings);
  const rows = shown.map(findingRow);
  const located = [];
  shown.forEach((f, row) => f.path !== void 0 && located.push({ row, path: normalizeFindingPath(f.path), ruleId: f.ruleId }));
  const cross = result.crossCheck;
  const isUseKnown = cross !== null && cross.parsed.problems.length === 0 && cross.parsed.stages.length > 0;
  const buildFiles = /* @__PURE__ */ new Set([legacy.resolved.relDockerfile, ".dockerignore", legacy.resolved.relDockerfile + ".dockerignore"]);
  for (const i of legacy.injected) buildFiles.add(i.name);
  const statusOf = (n) => {
    if (buildFiles.has(n.path)) return "build";
    if (!isUseKnown) return "sent";
    return cross.references.has(n.path) ? "used" : "unused";
  };
  const sentItems = legacy.walk.entries.map((e) => ({ path: e.path, kind: e.kind, bytes: e.tarBytes, files: e.kind === "file" ? 1 : 0 }));
  for (const i of legacy.injected) sentItems.push({ path: i.name, kind: "file", bytes: 512 + Math.ceil(i.contentBytes / 512) * 512, files: 1 });
  const sentFull = buildTree(sentItems, isUseKnown ? "unused" : "sent");
  const placed = attachFindings(sentFull, located, statusOf);
  const statusBytes = {};
  const stack = [sentFull];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.children) stack.push(...n.children);
    else statusBytes[n.status] = (statusBytes[n.status] ?? 0) + n.bytes;
  }
  const sent = condenseTree(sentFull, { minShare: limits.minShare, maxNodes: limits.maxNodes });
  for (const n of viewNodes(sent)) for (const i of n.findings) rows[i].target = { tree: "sent", id: n.id };
  let excluded = null;
  const excludedItems = legacy.walk.excluded.filter((x) => !x.enteredForExceptions);
  if (excludedItems.length > 0) {
    const exFull = buildTree(
      excludedItems.map((x) => ({ path: x.path, kind: x.isDir ? "excluded-dir" : "file", bytes: x.bytes, files: x.files })),
      "excluded"
    );
    const rest = located.filter((f) => !placed.has(f.row)).map((f) => ({ ...f, path: excludedHolder(exFull, f.path) }));
    attachFindings(exFull, rest, () => "excluded");
    excluded = condenseTree(exFull, { minShare: limits.minShare, maxNodes: limits.maxExcludedNodes });
    for (const n of viewNodes(excluded)) for (const i of n.findings) rows[i].target = { tree: "excluded", id: n.id };
  }
  const bk = ctx.buildkit;
  return {
    tool: { name: "ctx-audit", version: VERSION },
    root: safeText(ctx.root),
    dockerfile: safeText(ctx.dockerfile),
    ignoreFile: ctx.ignoreFile === null ? null : safeText(ctx.ignoreFile),
    builder: ctx.builder,
    summary: {
      tarBytes: ctx.tarBytes,
      dockerFigure: ctx.dockerFigure,
      legacyRefusedBy: ctx.legacyRefusedBy === null ? null : safeText(ctx.legacyRefusedBy),
      entries: ctx.entries,
      files: ctx.files,
      contentBytes: ctx.contentBytes,
      excluded: { entries: ctx.excluded.entries, files: ctx.excluded.files, bytes: ctx.excluded.bytes, unmeasuredDirectories: ctx.excluded.unmeasuredDirectories },
      buildkit: bk && bk.error === null ? {
        requestedBytes: bk.requested.bytes,
        requestedFiles: bk.transfer?.requestedFiles ?? bk.requested.files - bk.requested.links,
        eligibleBytes: bk.eligible.bytes,
        usesContext: bk.usesContext,
        figure: bk.transfer?.figure ?? null,
        dockerignoreFigure: bk.dockerignoreTransfer?.figure ?? null
      } : null,
      ...ctx.compressed ? { compressed: { figure: compressedFigure(ctx.compressed), bytes: compressedBytes(ctx.compressed), sentence: compressedSentence(ctx.compressed, ctx.tarBytes) } } : {}
    },
    statusBytes,
    sent,
    excluded,
    findings: rows,
    findingsOmitted: result.findings.length - shown.length,
    limits: { minShare: limits.minShare, maxNodes: limits.maxNodes, maxExcludedNodes: limits.maxExcludedNodes }
  };
}
function excludedHolder(root, text) {
  let node = root;
  let at = "";
  for (const part of text === "" ? [] : text.split("/")) {
    const next = node.children?.find((c) => byteStringToText(c.name) === part);
    if (!next) return text;
    at = at === "" ? part : at + "/" + part;
    if (!next.children) return at;
    node = next;
  }
  return text;
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

// src/reporters/html.ts
var d3Source = null;
function d3HierarchySource() {
  if (d3Source === null) {
    d3Source = d3HierarchyUmd().replace(/<\/(script)/gi, "<\\/$1");
  }
  return d3Source;
}
var sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
function renderHtml(result, options = {}) {
  const data = jsonForScript(buildHtmlData(result, options));
  const d3 = d3HierarchySource();
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(PAGE_STYLE)}`,
    `script-src ${sha256(d3)} ${sha256(PAGE_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>ctx-audit report</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>What <code>docker build</code> sends</h1>
<p class="sub" id="root"></p>
<noscript><p>This report draws its treemap with JavaScript; the same figures are in <code>ctx-audit --format json</code>.</p></noscript>
<section aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<div class="cards" id="cards"></div>
<div class="savebar" id="savebar" aria-hidden="true"></div>
<p class="savecap" id="savecap"></p>
</section>
<section id="sent" aria-labelledby="h-sent">
<h2 id="h-sent">Treemap of the context</h2>
<div class="legend" id="legend"></div>
<nav class="crumbs" id="crumbs-sent" aria-label="Sent tree location"></nav>
<div class="map" id="map-sent" role="group" aria-label="Treemap of what is sent"></div>
</section>
<section id="excluded" aria-labelledby="h-excluded">
<h2 id="h-excluded">Kept out by the ignore file</h2>
<nav class="crumbs" id="crumbs-excluded" aria-label="Excluded tree location"></nav>
<div class="map small" id="map-excluded" role="group" aria-label="Treemap of what is kept out"></div>
</section>
<section aria-labelledby="h-findings">
<h2 id="h-findings">Findings</h2>
<table>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead>
<tbody id="findings-body"></tbody>
</table>
<p class="savecap" id="findings-more"></p>
</section>
<footer id="footer"></footer>
</main>
<div class="tip" id="tip" role="tooltip"></div>
<script type="application/json" id="ctx-audit-data">${data}</script>
<script>${d3}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
export {
  renderHtml
};
