using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using ClinicalPortal.DevTools.Hosting;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ClinicalPortal.DevTools.Mail;

public sealed record CaughtMail(DateTimeOffset ReceivedAt, string From, IReadOnlyList<string> To, string Subject, string TextBody);
