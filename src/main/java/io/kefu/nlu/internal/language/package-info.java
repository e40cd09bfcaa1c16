/**
 * Language detection by script: Chinese, English or a mix of both. Pure Java, no model needed.
 */
package io.kefu.nlu.internal.language;
