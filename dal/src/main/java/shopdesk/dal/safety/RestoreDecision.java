package shopdesk.dal.safety;

/** Asks the person at the till whether to restore the offered backup (the UI shows a dialog; tools say yes). */
@FunctionalInterface
public interface RestoreDecision {
    boolean restore(IntegrityReport damage, Backup offered);

    RestoreDecision ALWAYS = (damage, offered) -> true;
    RestoreDecision NEVER = (damage, offered) -> false;
}
