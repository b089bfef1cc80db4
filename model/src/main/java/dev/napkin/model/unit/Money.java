package dev.napkin.model.unit;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount of money with its currency code, written like {@code 0.048 USD}. */
public record Money(BigDecimal amount, String currency) {
  static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Z]{3})");

  public Money {
    amount = amount.stripTrailingZeros();
    if (amount.signum() < 0) {
      throw new UnitException("money cannot be negative");
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new UnitException("\"" + currency + "\" is not a currency code (e.g. USD)");
    }
  }

  public static Money usd(String amount) {
    return new Money(new BigDecimal(amount), "USD");
  }

  public static Money parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      String hint =
          text.strip().matches("\\d+(\\.\\d+)?")
              ? "a currency code is required: try " + text.strip() + " USD"
              : "expected an amount and a currency code, e.g. 150 USD";
      throw UnitException.notA("money", text, hint);
    }
    return new Money(new BigDecimal(m.group(1)), m.group(2));
  }

  @Override
  public String toString() {
    return Decimals.format(amount) + " " + currency;
  }
}
