package vn.tusoi.organization.unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The e-mail addresses a unit's notices are sent to: at most {@value #MAX} distinct addresses, each of the plain form
 * {@code local@domain.tld} within 254 characters (RFC 5321's limit), the domain kept in lower case.
 */
public final class NotificationAddresses {

    public static final int MAX = 5;
    public static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern
            .compile("[^@\\s\"<>(),;:\\\\\\[\\]]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private NotificationAddresses() {
    }

    /** What is wrong with the list, or null when it may be kept (an empty list turns e-mail to nobody). */
    public static String problem(List<String> addresses) {
        if (addresses.size() > MAX) {
            return "at most " + MAX + " addresses";
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            if (address == null || address.isBlank()) {
                return "address " + i + " is empty";
            }
            String kept = normalized(address);
            if (kept.length() > MAX_LENGTH || !ADDRESS.matcher(kept).matches()) {
                return "address " + i + " is not an e-mail address of the form name@domain.vn";
            }
            if (!seen.add(kept.toLowerCase(Locale.ROOT))) {
                return "address " + i + " appears twice";
            }
        }
        return null;
    }

    /** The addresses as kept: stripped, each domain in lower case; call after {@link #problem} found none. */
    public static List<String> normalized(List<String> addresses) {
        List<String> kept = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            kept.add(normalized(address));
        }
        return kept;
    }

    private static String normalized(String address) {
        String stripped = address.strip();
        int at = stripped.lastIndexOf('@');
        return at < 0 ? stripped : stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
