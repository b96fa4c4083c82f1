package dev.quorum.guide.guide.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the conference, committee and agenda item from a title page: labelled lines ("Committee:",
 * "Agenda Item:", "Topic:") first, then the longest line naming a conference, and the first short
 * line left for the committee.
 *
 * @param conference the conference name or {@code null}
 * @param committee the committee name or {@code null}
 * @param agendaItem the agenda item or {@code null}
 */
record TitlePage(String conference, String committee, String agendaItem) {

    private static final Pattern CONFERENCE =
            Pattern.compile("(?i).*\\b(conference|model united nations|mun|summit)\\b.*");
    private static final Pattern AGENDA =
            Pattern.compile("(?i)^(agenda item|agenda|topic|issue)\\s{0,3}:\\s{0,3}(.{0,300})$");
    private static final Pattern COMMITTEE = Pattern.compile("(?i)^(committee)\\s{0,3}:\\s{0,3}(.{0,300})$");
    private static final Pattern LABEL = Pattern.compile(".{1,80}:\\s{0,3}");

    static TitlePage read(List<String> lines) {
        String agenda = labelled(lines, AGENDA);
        String committee = labelled(lines, COMMITTEE);
        String conference = null;
        for (String line : lines) {
            if (CONFERENCE.matcher(line).matches() && (conference == null || line.length() > conference.length())) {
                conference = line;
            }
        }
        for (int i = 0; i < lines.size() && committee == null; i++) {
            String line = lines.get(i);
            boolean labelValue = i > 0 && LABEL.matcher(lines.get(i - 1)).matches();
            if (!CONFERENCE.matcher(line).matches()
                    && !LABEL.matcher(line).matches()
                    && !labelValue
                    && GuideText.words(line).size() <= 8) {
                committee = line;
            }
        }
        return new TitlePage(conference, committee, agenda);
    }

    /** The value of a "Label: value" line, or of the line after a lone "Label:". */
    private static String labelled(List<String> lines, Pattern label) {
        for (int i = 0; i < lines.size(); i++) {
            var matcher = label.matcher(lines.get(i));
            if (matcher.matches()) {
                String value = matcher.group(2).strip();
                if (!value.isEmpty()) {
                    return value;
                }
                return i + 1 < lines.size() ? lines.get(i + 1) : null;
            }
        }
        return null;
    }
}
