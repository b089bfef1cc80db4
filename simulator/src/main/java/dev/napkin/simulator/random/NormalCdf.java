package dev.napkin.simulator.random;

/**
 * The standard normal distribution function Φ(z) = erfc(−z/√2)/2, with erfc by the Chebyshev fit of
 * Numerical Recipes (fractional error below 1.2e-7 everywhere), using only {@code StrictMath.exp},
 * so the result is the same on every JDK.
 */
public final class NormalCdf {
  private NormalCdf() {}

  public static double of(double z) {
    return erfc(-z / StrictMath.sqrt(2)) / 2;
  }

  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double poly =
        -z * z
            - 1.26551223
            + t
                * (1.00002368
                    + t
                        * (0.37409196
                            + t
                                * (0.09678418
                                    + t
                                        * (-0.18628806
                                            + t
                                                * (0.27886807
                                                    + t
                                                        * (-1.13520398
                                                            + t
                                                                * (1.48851587
                                                                    + t
                                                                        * (-0.82215223
                                                                            + t
                                                                                * 0.17087277))))))));
    double r = t * StrictMath.exp(poly);
    return x >= 0 ? r : 2 - r;
  }
}
