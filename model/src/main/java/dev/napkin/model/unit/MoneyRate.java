package dev.napkin.model.unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money per hour, written like {@code 0.11 USD/h}. */
public record MoneyRate(Money perHour) {
  private static final Pattern FORM = Pattern.compile("(.+)/h");

  public static MoneyRate usdPerHour(String amount) {
    return new MoneyRate(Money.usd(amount));
  }

  public static MoneyRate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches() || !Money.FORM.matcher(m.group(1).strip()).matches()) {
      throw UnitException.notA(
          "money per hour", text, "expected an amount, a currency code and /h, e.g. 0.11 USD/h");
    }
    return new MoneyRate(Money.parse(m.group(1)));
  }

  public double amountPerHour() {
    return perHour.amount().doubleValue();
  }

  public String currency() {
    return perHour.currency();
  }

  @Override
  public String toString() {
    return perHour + "/h";
  }
}
