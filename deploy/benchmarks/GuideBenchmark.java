import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.GuideImporter;
import dev.quorum.guide.guide.domain.ImportResult;
import dev.quorum.guide.guide.domain.SourceFormat;
import dev.quorum.guide.search.application.SearchIndexing;
import dev.quorum.guide.search.persistence.LuceneGuideIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * guide-service's two costly operations, in process (no HTTP, no store): importing the sample
 * study guide with the real importer, and searching 200 published guides with the real Lucene
 * index and analyzer. The 200 guides are generated, not copied: each takes a seeded random
 * selection of the sample's paragraphs in a shuffled order, its own agenda item, and generated
 * paragraphs from a multilingual word list (English, Turkish, Kazakh, Russian), so their lengths,
 * words and rankings differ. Prints p50/p99/max per measurement. Arguments: [guides] [searches].
 */
public class GuideBenchmark {
    private static final String[] WORDS = {
        "protest", "reform", "oligarchy", "mutiny", "propaganda", "sanctions", "treaty", "border", "energy",
        "pipeline", "election", "parliament", "tenge", "ruble", "Tokayev", "Nazarbayev", "Almaty", "Astana",
        "Zhanaozen", "CSTO", "SCO", "Yiğit", "Açı", "öğrenci", "güvenlik", "bağımsızlık", "Қазақ", "халық",
        "тәуелсіздік", "бейбітшілік", "Казахская", "республика", "протесты", "реформы", "экономика", "drought",
        "uranium", "steppe", "nomadic", "Soviet", "famine", "independence", "constitution", "referendum",
        "corruption", "inflation", "migration", "refugees", "diplomacy", "sovereignty"
    };
    private static final String[] QUERIES = {
        "protests", "tokayev reform", "yigit", "YİĞİT", "қазақ", "КАЗАХСКАЯ", "oligarchy mutiny", "fuel prices",
        "Zhanaozen", "soviet famine", "bağımsızlık", "тәуелсіздік", "CSTO troops", "constitution referendum",
        "uranium pipeline", "nomadic steppe khanate", "corruption", "sanctions treaty", "almaty violence",
        "independence"
    };

    public static void main(String[] args) throws Exception {
        int guides = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String sample = Files.readString(
                Path.of("guide-service/src/test/resources/guides/study-guide-acimun25-sco.txt"), StandardCharsets.UTF_8);
        GuideImporter importer = new GuideImporter();

        long[] imports = new long[50];
        for (int i = 0; i < 20; i++) {
            importer.importText(sample, SourceFormat.PLAIN_TEXT); // warm-up
        }
        for (int i = 0; i < imports.length; i++) {
            long start = System.nanoTime();
            importer.importText(sample, SourceFormat.PLAIN_TEXT);
            imports[i] = System.nanoTime() - start;
        }
        report("import of the sample (" + sample.length() + " chars), " + imports.length + " runs", imports);

        Random random = new Random(42);
        String[] paragraphs = sample.split("\n\\s*\n");
        LuceneGuideIndex index = new LuceneGuideIndex();
        long[] generatedImports = new long[guides];
        long indexStart = System.nanoTime();
        for (int g = 0; g < guides; g++) {
            String text = generatedGuide(g, paragraphs, random);
            long start = System.nanoTime();
            ImportResult result = importer.importText(text, SourceFormat.PLAIN_TEXT);
            generatedImports[g] = System.nanoTime() - start;
            index.put(SearchIndexing.searchable(new Edition(
                    "guide-" + g, 1, "conference", "committee-" + g, result.guide(), 1, Instant.now())));
        }
        System.out.printf("indexed %d generated guides in %.0f ms (imports included)%n", guides,
                (System.nanoTime() - indexStart) / 1e6);
        report("import of the generated guides", generatedImports);

        for (int i = 0; i < 500; i++) {
            index.search("conference", QUERIES[i % QUERIES.length], 20); // warm-up
        }
        long[] latencies = new long[searches];
        long hits = 0;
        for (int i = 0; i < searches; i++) {
            long start = System.nanoTime();
            hits += index.search("conference", QUERIES[random.nextInt(QUERIES.length)], 20).size();
            latencies[i] = System.nanoTime() - start;
        }
        report("search over " + guides + " guides (top 20 with snippets), " + searches + " queries", latencies);
        System.out.printf("mean hits per query: %.1f%n", hits / (double) searches);
        index.destroy();
    }

    /** A guide of its own: the sample's title page, then a random selection of its paragraphs and new ones. */
    private static String generatedGuide(int g, String[] paragraphs, Random random) {
        StringBuilder text = new StringBuilder("MUN " + (2000 + g) + "\n\nCommittee " + g + "\n\nAGENDA ITEM:\n\n"
                + WORDS[random.nextInt(WORDS.length)] + " and " + WORDS[random.nextInt(WORDS.length)] + " " + g
                + "\n\nIntroduction to the Committee:\n\n");
        List<String> body = new ArrayList<>(Arrays.asList(paragraphs).subList(20, paragraphs.length - 40));
        java.util.Collections.shuffle(body, random);
        int keep = 10 + random.nextInt(Math.max(1, body.size() - 10));
        for (int p = 0; p < keep; p++) {
            text.append(body.get(p)).append("\n\n");
            if (random.nextInt(3) == 0) {
                for (int w = 0; w < 40 + random.nextInt(80); w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
