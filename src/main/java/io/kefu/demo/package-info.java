/**
 * The demo store: on a first start with {@code kefu.demo=true}, seeds a small store (products,
 * customers, orders in every status, promotions, FAQ) through the regular import code.
 */
package io.kefu.demo;
