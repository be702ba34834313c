package com.modbench.engine.text.classify;

import com.modbench.engine.text.ChatMarkup;

/**
 * Spans that are names or addresses rather than language ({@link ChatMarkup}): @handles and links
 * ("@sofuckingcool", "http://…"). A handle is an '@' (not right after a handle char) and the handle chars after it;
 * a link runs from "http://", "https://" or "www." to the next white space. Checked around the asked offset only, so a text without hits costs
 * nothing here.
 */
final class NonLanguage {

    private final String text;

    private NonLanguage(String text) {
        this.text = text;
    }

    static NonLanguage in(String text) {
        return new NonLanguage(text);
    }

    boolean covers(int offset) {
        return offset >= 0 && offset < text.length() && (inHandle(offset) || inLink(offset));
    }

    private boolean inHandle(int offset) {
        int at = offset;
        while (at > 0 && ChatMarkup.isHandleChar(text.charAt(at))) {
            at--;
        }
        boolean startsHandle = text.charAt(at) == '@' && (at == 0 || !ChatMarkup.isHandleChar(text.charAt(at - 1)));
        return startsHandle && at + 1 < text.length() && ChatMarkup.isHandleChar(text.charAt(at + 1));
    }

    private boolean inLink(int offset) {
        int start = offset;
        if (Character.isWhitespace(text.charAt(offset))) {
            return false;
        }
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        for (int at = start; at <= offset; at++) {
            if (ChatMarkup.startsLink(text, at)) {
                return true;
            }
        }
        return false;
    }
}
