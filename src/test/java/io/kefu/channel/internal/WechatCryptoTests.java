package io.kefu.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The safe mode against the sample of Tencent's own WXBizMsgCrypt library (key, app id and
 * ciphertext of its test), so Kefu reads what WeChat really sends, not only what Kefu writes.
 */
class WechatCryptoTests {

    private static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String SAMPLE_APP_ID = "wxb11529c136998cb6";
    /** "我是中文abcd123" sealed with the random prefix "aaaabbbbccccdddd". */
    private static final String SAMPLE_CIPHERTEXT = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    @Test
    void opensTencentsSample() {
        assertThat(new WechatCrypto(SAMPLE_KEY, SAMPLE_APP_ID).decrypt(SAMPLE_CIPHERTEXT)).isEqualTo("我是中文abcd123");
    }

    @Test
    void refusesTheSampleForAnotherReceiverAndGarbage() {
        assertThatThrownBy(() -> new WechatCrypto(SAMPLE_KEY, "wx-other").decrypt(SAMPLE_CIPHERTEXT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WechatCrypto(SAMPLE_KEY, SAMPLE_APP_ID).decrypt("bm90IGEgY2lwaGVydGV4dA=="))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatItSealsItOpensPaddedToWholeBlocks() {
        WechatCrypto crypto = new WechatCrypto(SAMPLE_KEY, SAMPLE_APP_ID);
        for (String message : new String[] { "", "x", "<xml><Content>一二三四五六七八九十</Content></xml>", "a".repeat(300) }) {
            String sealed = crypto.encrypt(message);
            assertThat(java.util.Base64.getDecoder().decode(sealed).length % 32).isZero();
            assertThat(crypto.decrypt(sealed)).isEqualTo(message);
        }
    }

    @Test
    void signaturesSortTheirParts() {
        assertThat(WechatCrypto.signature("b", "a", "c")).isEqualTo(WechatCrypto.signature("c", "b", "a"))
            .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d"); // SHA-1 of "abc"
        assertThat(WechatCrypto.matches(WechatCrypto.signature("a", "b"), WechatCrypto.signature("a", "b").toUpperCase())).isTrue();
        assertThat(WechatCrypto.matches(WechatCrypto.signature("a", "b"), null)).isFalse();
    }
}
