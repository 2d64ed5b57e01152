package org.harmkb.phrases;

import java.util.List;

/**
 * The phrases of one "prepare what to say" page, as its {@code phrases.yaml} gives them, in the order written.
 * A reader's draft is assembled from: the chosen channel's opening, one sentence or two per chosen concern,
 * the ask of each chosen want (the channel's own wording when it has one), and the channel's closing.
 *
 * @param defaultChannel the channel whose opening and closing are used before the reader picks one
 * @param concerns       one per harm pattern, in the order written
 * @param somethingElse  the concern for anything the patterns do not name
 * @param wants          what the reader may ask for
 * @param channels       how the reader will say it
 */
public record PhraseBook(String defaultChannel, List<Concern> concerns, Concern somethingElse, List<Want> wants,
        List<Channel> channels) {

    public PhraseBook {
        concerns = List.copyOf(concerns);
        wants = List.copyOf(wants);
        channels = List.copyOf(channels);
    }

    /**
     * @param key          the pattern article's slug ({@code something-else} for the catch-all concern)
     * @param articleUrl   site path of the article that explains it; empty for the catch-all
     * @param articleTitle that article's title; empty for the catch-all
     */
    public record Concern(String key, String label, String say, String articleUrl, String articleTitle) {
    }

    public record Want(String key, String label, String ask) {
    }

    /** @param asks this channel's own wording of some wants' asks, by want key */
    public record Channel(String key, String label, String opening, String closing, List<Ask> asks) {

        public Channel {
            asks = List.copyOf(asks);
        }
    }

    /** A channel's own wording of one want's ask. */
    public record Ask(String want, String text) {
    }

}
