package org.framewright.validation.internal.rules;


import org.framewright.model.*;

/** Rule FW-AGG-05: fixture plus oracle, one violating and one clean element. */
class FW_AGG_05_LimitersDefinedTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aLimiterCappingAtALevelOfAnotherScaleIsReported() {
        Limiter clean = limiter(fx.stars.getLevels().get(0));
        Limiter broken = limiter(fx.grade.getLevels().get(0));

        fx.assertReportsOnly(FW_AGG_05_LimitersDefined.CODE, broken, clean);
    }

    private Limiter limiter(ScaleLevel cap) {
        Limiter limiter = Fixture.F.createLimiter();
        limiter.setCondition(fx.a1);
        limiter.setAtOrBelow(fx.grade.getLevels().get(0));
        limiter.setCap(cap);
        fx.overall.getLimiters().add(limiter);
        return limiter;
    }
}
