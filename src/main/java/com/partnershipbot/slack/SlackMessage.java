package com.partnershipbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message ready for Slack: Block Kit blocks plus the plain {@code text} fallback for notifications. */
record SlackMessage(String text, List<LayoutBlock> blocks) {

  SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
