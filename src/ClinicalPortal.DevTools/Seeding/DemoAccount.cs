using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.DevTools.Seeding;

public sealed record DemoAccount(string Email, Role Role, string Organization);
