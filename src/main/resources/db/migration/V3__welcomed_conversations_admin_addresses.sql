-- Conversations the bot has welcomed: it says hello once, however many instances see it added.
CREATE TABLE welcomed_conversations (
  platform VARCHAR(32) NOT NULL,
  conversation_key VARCHAR(255) NOT NULL,
  welcomed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, conversation_key)
);

-- Where each admin can be reached unprompted (for Teams, the conversation reference of their
-- personal chat with the bot), stored when the admin first talks to the bot.
CREATE TABLE admin_addresses (
  platform VARCHAR(32) NOT NULL,
  user_id VARCHAR(255) NOT NULL,
  address VARCHAR(4000) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, user_id)
);
