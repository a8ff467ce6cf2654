package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    static final Rectangle XGA = new Rectangle(0, 0, 1024, 728);          // 1024x768 less a 40 px task bar
    static final Rectangle FULL_HD = new Rectangle(0, 0, 1920, 1040);

    @Test
    void aFirstStartOnA1024x768ScreenOpensMaximizedWithinIt() {
        var p = WindowPlacement.choose(Optional.empty(), false, List.of(XGA));
        assertThat(p.maximized()).isTrue();
        assertThat(XGA.contains(p.bounds())).isTrue();
        assertThat(p.minimum()).isEqualTo(new Dimension(900, 600));
    }

    @Test
    void aFirstStartOnALargeScreenOpensAComfortableWindowInTheMiddle() {
        var p = WindowPlacement.choose(Optional.empty(), false, List.of(FULL_HD));
        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rectangle(320, 90, 1280, 860));
    }

    @Test
    void aRememberedWindowThatFitsOpensWhereItWas() {
        var p = WindowPlacement.choose(Optional.of(new Rectangle(100, 50, 1200, 800)), false, List.of(FULL_HD));
        assertThat(p.bounds()).isEqualTo(new Rectangle(100, 50, 1200, 800));
        assertThat(p.maximized()).isFalse();
    }

    @Test
    void aWindowRememberedFromALargerScreenIsMovedAndShrunkIntoTheSmallerOne() {
        var p = WindowPlacement.choose(Optional.of(new Rectangle(60, 40, 1200, 800)), false, List.of(XGA));
        assertThat(p.bounds()).isEqualTo(new Rectangle(0, 0, 1024, 728));
        assertThat(XGA.contains(p.bounds())).isTrue();
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackToThePrimaryScreen() {
        var p = WindowPlacement.choose(Optional.of(new Rectangle(2000, 100, 1000, 700)), false, List.of(XGA));
        assertThat(p.maximized()).isTrue();
        assertThat(XGA.contains(p.bounds())).isTrue();
    }

    @Test
    void aSecondMonitorKeepsTheWindowThatWasOnIt() {
        Rectangle right = new Rectangle(1920, 0, 1280, 1024);
        var p = WindowPlacement.choose(Optional.of(new Rectangle(2000, 100, 1000, 700)), false, List.of(FULL_HD, right));
        assertThat(p.bounds()).isEqualTo(new Rectangle(2000, 100, 1000, 700));
    }

    @Test
    void onATinyScreenTheMinimumSizeShrinksToTheScreen() {
        var p = WindowPlacement.choose(Optional.empty(), false, List.of(new Rectangle(0, 0, 800, 560)));
        assertThat(p.minimum()).isEqualTo(new Dimension(800, 560));
    }
}
