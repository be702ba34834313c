package com.modbench.engine.text.pii;

/**
 * Payment-card brands by issuer identification number (IIN) prefix and the lengths each brand issues. A number
 * must fall in one brand's range and length to count as a card; Luhn alone passes one random number in ten.
 */
enum CardBrand {
    AMEX("Amex", 15, 15, range(34, 34), range(37, 37)),
    VISA("Visa", 13, 19, range(4, 4)),
    MASTERCARD("Mastercard", 16, 16, range(51, 55), range(2221, 2720)),
    DISCOVER("Discover", 16, 19, range(6011, 6011), range(644, 649), range(65, 65), range(622126, 622925)),
    JCB("JCB", 15, 19, range(3528, 3589), range(2131, 2131), range(1800, 1800)),
    DINERS("Diners Club", 14, 19, range(300, 305), range(3095, 3095), range(36, 36), range(38, 39)),
    UNIONPAY("UnionPay", 16, 19, range(62, 62), range(81, 81)),
    MIR("Mir", 16, 19, range(2200, 2204)),
    MAESTRO("Maestro", 12, 19, range(50, 50), range(56, 69));

    /** Lengths below this are issued by Maestro only and need a context word. */
    static final int COMMON_MIN_LENGTH = 13;

    private final String label;
    private final int minLength;
    private final int maxLength;
    private final int[][] ranges;

    CardBrand(String label, int minLength, int maxLength, int[]... ranges) {
        this.label = label;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.ranges = ranges;
    }

    String label() {
        return label;
    }

    /** The first brand whose IIN range and length fit {@code digits}, or null. */
    static CardBrand of(String digits) {
        for (CardBrand brand : values()) {
            if (digits.length() >= brand.minLength && digits.length() <= brand.maxLength && brand.covers(digits)) {
                return brand;
            }
        }
        return null;
    }

    private boolean covers(String digits) {
        for (int[] r : ranges) {
            int width = String.valueOf(r[0]).length();
            int prefix = Integer.parseInt(digits.substring(0, width));
            if (prefix >= r[0] && prefix <= r[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static int[] range(int from, int to) {
        return new int[] {from, to};
    }
}
