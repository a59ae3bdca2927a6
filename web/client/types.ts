import type { z } from 'zod';
import type { ConversationDto, ErrorBody, MessageDto } from '../../src/contracts/common.js';
import type { agentLoginResponse, listMessagesResponse, sendMessageResponse, sessionResponse } from '../../src/contracts/http.js';
import type { ClientFrame, ServerFrame } from '../../src/contracts/ws.js';
import type { ConversationState } from '../../src/domain/conversation/state-machine.js';

/**
 * The wire types of the web apps, inferred from the server's own zod contracts (types only: no server code
 * and no zod reaches the browser bundle).
 */
export type Conversation = ConversationDto;
export type Message = MessageDto;
export type { ClientFrame, ConversationState, ErrorBody, ServerFrame };
export type CustomerSession = z.infer<typeof sessionResponse>;
export type StaffLogin = z.infer<typeof agentLoginResponse>;
export type StaffMember = StaffLogin['agent'];
export type MessagePage = z.infer<typeof listMessagesResponse>;
export type SendMessageResult = z.infer<typeof sendMessageResponse>;
