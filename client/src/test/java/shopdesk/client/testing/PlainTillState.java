package shopdesk.client.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.MoneyFormat;

/**
 * Before every test: English texts and plain amounts. A till started in a test sets both from its settings, for
 * the whole JVM as a real till does; without this a later test in the same JVM would read "₹ 32.70" or Hindi.
 */
public final class PlainTillState implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier test) {
        if (!test.isTest()) return;
        MoneyFormat.use(MoneyFormat.PLAIN);
        Messages.use(Messages.ENGLISH);
    }
}
